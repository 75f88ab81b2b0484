-- The audit log is append-only (decision 0043): PostgreSQL refuses any update or delete of its rows.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % of audit_entry refused', tg_op;
end;
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each statement execute function audit_entry_append_only();
