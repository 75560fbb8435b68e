-- A candidate's officer-recruitment instance, written by the system when it starts the instance: the instance's
-- steps find their candidate by it (never by a variable, which a person could send). Instances started before
-- this column existed have no row to find: finish or restart them (demo: delete ./data).
alter table officer_candidate add column process_instance_id varchar(64);

create index officer_candidate_instance on officer_candidate (process_instance_id);
