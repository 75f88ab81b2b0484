-- Election reminders (stewardship.feed, decision 0047): the last data publication whose new elections were looked at.
-- One row, locked by the node that sends the reminders of the next publications, so each reminder is sent once.
-- Portable SQL: runs on H2 (2.x) and PostgreSQL (15+).
create table election_reminder_cursor (
    id                integer not null primary key,
    after_publication bigint  not null,
    constraint election_reminder_cursor_one_row check (id = 1)
);
-- An existing installation reminds of the elections published from now on, not of those it holds already.
insert into election_reminder_cursor (id, after_publication) select 1, coalesce(max(seq), 0) from publication;
