-- One writer at a time (decision 0020): every write transaction first locks this table's only row
-- (select ... for update), so imports, publications and first-start loads from any number of processes or nodes
-- run one after the other, each seeing what the previous one committed.
-- Portable SQL: runs on H2 (2.x) and PostgreSQL (15+).
create table writer_lock (
    id   integer      not null primary key,
    note varchar(200) not null,
    constraint writer_lock_one_row check (id = 1)
);
insert into writer_lock (id, note) values (1, 'locked by each write transaction: see docs/decisions/0020');

-- Before the lock existed, two imports at the same moment could both record a fact for the same key. Keep the
-- latest of such duplicates current and mark the others superseded by it, so that the constraint of V21 holds.
update fact f
   set superseded_at = (select g.recorded_at from fact g where g.id = (select max(h.id) from fact h
                            where h.superseded_at is null and h.entity_type = f.entity_type
                              and h.entity_code = f.entity_code and h.field = f.field
                              and (h.valid_from = f.valid_from or (h.valid_from is null and f.valid_from is null)))),
       superseded_in = (select g.recorded_in from fact g where g.id = (select max(h.id) from fact h
                            where h.superseded_at is null and h.entity_type = f.entity_type
                              and h.entity_code = f.entity_code and h.field = f.field
                              and (h.valid_from = f.valid_from or (h.valid_from is null and f.valid_from is null))))
 where f.superseded_at is null
   and exists (select 1 from fact g where g.superseded_at is null and g.id > f.id and g.entity_type = f.entity_type
                  and g.entity_code = f.entity_code and g.field = f.field
                  and (g.valid_from = f.valid_from or (g.valid_from is null and f.valid_from is null)));
