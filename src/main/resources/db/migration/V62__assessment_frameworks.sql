-- Scoring frameworks (decision 0050, docs/assessment-method.md "Framework documents"): each version's JSON document as
-- read from its bundled file, loaded at start. A version never changes: a changed document is a new version.
-- Portable SQL: runs on H2 (2.x) and PostgreSQL (15+).

create table assessment_framework (
    code          varchar(100)             not null,
    version       varchar(50)              not null,
    questionnaire varchar(100)             not null,
    document      text                     not null,
    sha256        varchar(64)              not null,
    source        varchar(300)             not null,
    loaded_at     timestamp with time zone not null,
    primary key (code, version)
);
