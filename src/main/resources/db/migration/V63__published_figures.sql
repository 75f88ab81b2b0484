-- Figures published by others (IPU's World e-Parliament Report 2024 and the Digital Maturity Index results quoted from
-- it), stored as theirs with their source: shown beside Plenum's own scores, never in Plenum's rankings.
-- Loaded at start from src/main/resources/dataset/eparliament/ (idempotent: a row is keyed by file and row number).
-- Portable SQL: runs on H2 (2.x) and PostgreSQL (15+).

create table published_figure (
    dataset        varchar(100)             not null,
    file_row       integer                  not null,
    publisher      varchar(100)             not null,
    -- what is measured: an indicator name (multi_year_digital_strategy) or digital_maturity_index
    indicator      varchar(100)             not null,
    figure_value   double precision         not null,
    unit           varchar(100)             not null,
    -- who the figure is about: the population (e.g. "responding parliaments") or a country's name as published
    subject        varchar(300)             not null,
    -- Plenum's country code when the figure is about one country (e.g. ZA); null otherwise
    country        varchar(8),
    global_rank    integer,
    regional_rank  integer,
    edition        varchar(20)              not null,
    source         varchar(1000)            not null,
    -- the source's address when it has one
    source_url     varchar(1000),
    note           varchar(1000),
    loaded_at      timestamp with time zone not null,
    primary key (dataset, file_row)
);
