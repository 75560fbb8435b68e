-- An import's kind names what was imported; 'village-forum-corrections' (25 characters) did not fit the 20 of V1,
-- so a village forum's corrections file ran but was never kept in the regency's import history (nor watched for a
-- node dying under it). Room for the longest kind and some to spare.
alter table import_run alter column kind set data type varchar(40);
