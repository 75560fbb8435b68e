-- An import is recorded when it starts (RUNNING), kept alive by its node's heartbeat and updated with its outcome;
-- a run whose node stopped beating becomes INTERRUPTED (see id.regsosek.imports.ImportRuns).
alter table import_run alter column state set data type varchar(12);
alter table import_run add column node_id varchar(36);
alter table import_run add column heartbeat_at timestamp;
create index ix_import_run_running on import_run (state, heartbeat_at);
