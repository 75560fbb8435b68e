-- Village officials are imported in bulk by the regency admin (issue 16): the optional phone is kept with the
-- binding (personal data: the regency admin's only, never logged). A forum's corrections come keyed in its task's
-- form (FORM) or in a CSV file its official uploads (FILE); the file's rows carry one of the issue's reasons as a
-- code (reason_code) and the line they came from, kept with the forum until its task is completed.
alter table village_official add column phone varchar(20);
alter table village_forum_correction add column source varchar(4) default 'FORM' not null;
alter table village_forum_correction add column reason_code varchar(16);
alter table village_forum_correction add column line_no integer;
-- One row per regency that imported officials, locked while an import runs so two imports of one regency run one
-- after the other (locking the regency row itself would hold up every insert that references it on PostgreSQL).
create table village_official_import_lock (
    regency_code  varchar(5)  not null primary key references regency (code)
);
