-- Monthly publications of the statistics: a report of a month frozen as computed from the data of one data
-- publication. A correction adds a revision (never an update); the diff against the previous revision is kept with it.
-- Portable SQL: runs on H2 (2.x) and PostgreSQL (15+). On H2, text holds up to 1,000,000 characters.
create table report_publication (
    report           varchar(40)              not null,
    period           varchar(7)               not null,
    revision         integer                  not null,
    number           integer                  not null,
    data_publication bigint                   not null references publication (seq),
    published_at     timestamp with time zone not null,
    published_by     varchar(200)             not null,
    digest           varchar(64)              not null,
    content          text                     not null,
    changes          text,
    -- Exactly one revision N of a report's month, whatever the number of nodes publishing at the same time.
    primary key (report, period, revision),
    constraint report_publication_number unique (report, number, revision),
    constraint report_publication_changes check ((revision = 1) = (changes is null))
);
