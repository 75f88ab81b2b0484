-- The current facts of some fields (an import compares its file's facts with them): found through the field instead of
-- reading every current fact (decision 0071).
create index fact_current_by_field on fact (field, superseded_at);
