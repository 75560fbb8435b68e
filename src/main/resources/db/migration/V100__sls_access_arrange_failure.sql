-- The regency office could not arrange a closed building's permission either (the admin's outcome "Tidak
-- berhasil"): why, kept with the SLS's access row; the SLS is then CLOSED and its families closed out as refused.
alter table sls_access add column arrange_failure varchar(500);
