-- The AI use-case library (issue 14, decisions 0062 and 0067): IPU's published use cases and those proposed to Plenum
-- and approved by an editor. A use case's words in each language are one JSON document of UseCaseText's fields.
-- Portable SQL: runs on H2 (2.x) and PostgreSQL (15+).
create table ai_use_case (
    -- IPU's number (005) or p-001... for a use case proposed to Plenum: the last part of /ai/use-cases/{id}
    id              varchar(16)              not null primary key,
    category        varchar(80)              not null,
    -- whether IPU's page shows the category; otherwise Plenum's editors classified it
    category_by_ipu boolean                  not null,
    country_code    varchar(4)               not null,
    -- Plenum's chamber code, when the source's chamber is one of the registry's
    chamber_code    varchar(16),
    -- the chamber as the source names it ('' when it names none), kept whether or not the registry has it
    chamber_name    varchar(300)             not null,
    -- YYYY, YYYY-MM or YYYY-MM-DD as the source gives it
    use_case_date   varchar(10),
    status          varchar(20)              not null,
    english         varchar(200000)          not null,
    french          varchar(200000),
    -- ids of related AI-policy actions, separated by spaces
    related         varchar(4000)            not null,
    -- the page it was read from ('' for a use case proposed to Plenum)
    source          varchar(1000)            not null,
    ipu             boolean                  not null,
    recorded_at     timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint ai_use_case_status check (status in ('idea', 'pilot', 'in-production', 'retired', 'unknown'))
);
create index ai_use_case_by_country on ai_use_case (country_code);

-- The bundled seed's files as last loaded (SHA-256 of the loader's version and the files): loaded once, and again
-- when a bundled file changes.
create table ai_use_case_load (
    name      varchar(80)              not null primary key,
    sha256    varchar(64)              not null,
    loaded_at timestamp with time zone not null
);
