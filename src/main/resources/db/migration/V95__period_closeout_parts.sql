-- The period's close-out, planned up front (issue 14): each open PeriodEnded subscription of the regency is put in
-- a part; a part holds whole SLS (an SLS's visits and its counter never span two parts), so the job executor runs
-- the parts side by side without two of them touching one family or one SLS's assignment row.
create table period_closeout_item (
    regency_code  varchar(5)   not null,
    part_no       integer      not null,
    execution_id  varchar(64)  not null,
    -- null for a subscription that is no household visit (a closed building's sls-access instance)
    family_id     bigint,
    sls_id        bigint,
    primary key (regency_code, part_no, execution_id)
);

-- Set by a close-out part on the one family of an SLS whose close-out made the SLS final: its visit tells the PML.
alter table family_visit add column closeout_tells_sls boolean default false not null;
