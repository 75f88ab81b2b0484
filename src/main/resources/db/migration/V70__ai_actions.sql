-- The AI-policy tracker (aiwatch.actions, decisions 0062, 0065): each action as it stands now, and every version it
-- had (who, when, what changed), so the actions added or updated in any month can be listed and a page shows an
-- action's changes. Portable SQL: runs on H2 (2.x) and PostgreSQL (15+). On H2, text holds up to 1,000,000 characters.

create table ai_action (
    id            varchar(32)              not null primary key,
    country       varchar(8)               not null,
    -- its number within the country (the id's last part): the next action of the country takes max + 1
    country_number integer                 not null,
    action_type   varchar(16)              not null,
    status        varchar(16)              not null,
    ipu           boolean                  not null,
    -- the whole action as a JSON document (aiwatch.actions.ActionDocument): fields, sources, related, provenance
    document      text                     not null,
    version       integer                  not null,
    recorded_at   timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint ai_action_country_number unique (country, country_number)
);

create table ai_action_version (
    action_id   varchar(32)              not null,
    version     integer                  not null,
    changed_at  timestamp with time zone not null,
    -- the account's username, or plenum:bundled for the bundled seed
    changed_by  varchar(320)             not null,
    -- added or updated
    change_kind varchar(16)              not null,
    -- why: the seed file and row, or the proposal that was approved
    origin      varchar(500)             not null,
    -- the fields that changed, as JSON: [{"field": …, "before": …, "after": …}]; empty array for an addition
    changes     text                     not null,
    -- the action as this version left it
    document    text                     not null,
    primary key (action_id, version),
    constraint ai_action_version_kind check (change_kind in ('added', 'updated'))
);

create index ai_action_version_changed_at on ai_action_version (changed_at);
