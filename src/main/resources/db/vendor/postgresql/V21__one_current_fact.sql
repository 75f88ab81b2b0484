-- At most one current (not superseded) fact per key: entity, field and start of valid time (decision 0020).
-- A partial unique index; NULLS NOT DISTINCT (PostgreSQL 15+) so that two facts without a start date collide too.
create unique index fact_one_current on fact (entity_type, entity_code, field, valid_from) nulls not distinct
    where superseded_at is null;
