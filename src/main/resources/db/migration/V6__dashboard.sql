-- The operations dashboard reads only these tables: small aggregates refreshed on a schedule from the engine's
-- runtime/history tables and our domain tables, so the page stays fast with a million families.

create table dash_refresh (
    regency_code  varchar(5)  not null primary key,
    refreshed_at  timestamp   not null,
    duration_ms   integer     not null
);

-- Open work per process step: how many wait there, how long the median and the 90th percentile have waited.
create table dash_step (
    regency_code    varchar(5)   not null,
    process_key     varchar(64)  not null,
    activity_id     varchar(64)  not null,
    activity_name   varchar(255),
    activity_type   varchar(64),
    open_count      integer      not null,
    median_since    timestamp    not null,
    p90_since       timestamp    not null,
    oldest_since    timestamp    not null,
    constraint pk_dash_step primary key (regency_code, process_key, activity_id)
);

-- Families final against expected, per SLS, village and district.
create table dash_area (
    regency_code    varchar(5)   not null,
    area_level      varchar(8)   not null,
    code            varchar(21)  not null,
    parent_code     varchar(13),
    name            varchar(120) not null,
    expected        integer      not null,
    families        integer      not null,
    final_families  integer      not null,
    sls_total       integer      not null,
    sls_complete    integer      not null,
    sls_signed_off  integer      default 0 not null,
    constraint pk_dash_area primary key (regency_code, code),
    constraint ck_dash_area_level check (area_level in ('DISTRICT', 'VILLAGE', 'SLS'))
);
create index ix_dash_area_parent on dash_area (regency_code, area_level, parent_code);

-- Per officer (by engine user): open tasks, old open tasks, and outcome patterns worth a supervisor's look.
create table dash_officer (
    regency_code      varchar(5)   not null,
    user_id           varchar(64)  not null,
    officer_code      varchar(40),
    name              varchar(120),
    role              varchar(6),
    district_code     varchar(8),
    open_tasks        integer      not null,
    overdue_tasks     integer      not null,
    attempts          integer      not null,
    no_respondent     integer      not null,
    refused           integer      not null,
    fast_completions  integer      not null,
    returned_forms    integer      default 0 not null,
    constraint pk_dash_officer primary key (regency_code, user_id)
);

-- Recruitment funnel per district of the regency's current campaign.
create table dash_funnel (
    regency_code   varchar(5)   not null,
    district_code  varchar(8)   not null,
    registered     integer      not null,
    eligible       integer      not null,
    tested         integer      not null,
    selected       integer      not null,
    trained        integer      not null,
    deployed       integer      not null,
    reserve_left   integer      not null,
    constraint pk_dash_funnel primary key (regency_code, district_code)
);
