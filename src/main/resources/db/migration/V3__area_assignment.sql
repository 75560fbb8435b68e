-- Who covers which SLS: one PPL (enumerator) and one PML (supervisor) per SLS, per district plan.
-- A row is PROPOSED while the Koseka reviews the district's plan and APPROVED once approved; household work of
-- an SLS starts only from an APPROVED row. Reassignment after a dropout rewrites the officer columns.
create table sls_assignment (
    sls_id          bigint      not null primary key references sls (id),
    regency_code    varchar(5)  not null references regency (code),
    district_code   varchar(8)  not null references district (code),
    ppl_officer_id  bigint      references officer (id),
    pml_officer_id  bigint      references officer (id),
    status          varchar(10) not null,
    approved_at     timestamp,
    constraint ck_assignment_status check (status in ('PROPOSED', 'APPROVED'))
);
create index ix_assignment_district on sls_assignment (district_code, status);
create index ix_assignment_ppl on sls_assignment (ppl_officer_id);
create index ix_assignment_pml on sls_assignment (pml_officer_id);
