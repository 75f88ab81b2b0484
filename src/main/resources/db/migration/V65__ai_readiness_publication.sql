-- AI readiness self-assessment (decision 0069): which chambers have chosen to publish their readiness profile. A row
-- means published; unpublishing deletes it (every change is in the audit log). The profile itself is computed from
-- the chamber's completed response to the ai-readiness questionnaire (assessment_response), never stored here.
-- Portable SQL: runs on H2 (2.x) and PostgreSQL (15+).

create table ai_readiness_publication (
    chamber       varchar(20)              not null primary key,
    published_by  varchar(200)             not null,
    published_at  timestamp with time zone not null
);
