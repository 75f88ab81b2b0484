-- At most one current (not superseded) fact per key: entity, field and start of valid time (decision 0020).
-- H2 has no partial index: a generated column holds the start of valid time of a current fact (a fact without a
-- start date: 0001-01-01) and nothing for a superseded one; a unique index over it ignores superseded facts
-- (nulls are distinct), and sees two current facts of one key as duplicates.
alter table fact add column current_from date generated always as
    (case when superseded_at is null then coalesce(valid_from, date '0001-01-01') end);
create unique index fact_one_current on fact (entity_type, entity_code, field, current_from);
