-- Access to closed buildings (issue 16): an apartment block, gated housing or a dormitory is visited only with the
-- building management's permission. The SLS says whether it needs one (a column of the SLS import, editable by the
-- district's Koseka); sls_access keeps, per such SLS, where its permission stands: asked, refused (and then being
-- arranged by the regency office through the regent's office, with a deadline), or granted with the allowed hours
-- and a contact person. The visits of the SLS start only when it is granted; at the period's end an SLS still
-- without access is CLOSED (its families closed out like any open family).
alter table sls add column access_kind varchar(20);
alter table sls add constraint ck_sls_access_kind check (access_kind is null
    or access_kind in ('APARTEMEN', 'PERUMAHAN_TERTUTUP', 'ASRAMA'));

create table sls_access (
    sls_id          bigint       not null primary key references sls (id),
    regency_code    varchar(5)   not null references regency (code),
    status          varchar(10)  not null,
    blocked_since   timestamp    not null,
    pml_user        varchar(64),
    refusal_reason  varchar(500),
    refused_at      timestamp,
    deadline_at     timestamp,
    overdue         boolean      default false not null,
    granted_by      varchar(120),
    letter_no       varchar(60),
    hours_from      varchar(5),
    hours_to        varchar(5),
    contact_name    varchar(120),
    contact_phone   varchar(20),
    granted_at      timestamp,
    decided_by      varchar(64),
    constraint ck_sls_access_status check (status in ('ASKED', 'REFUSED', 'GRANTED', 'CLOSED'))
);
create index ix_sls_access_regency on sls_access (regency_code, status);
