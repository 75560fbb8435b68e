-- The regency's handover to welfare ranking: each run (one per campaign, possibly forced before every SLS was
-- accepted) and the rank, score and decile of every ranked family.
create table handover_run (
    campaign_key   varchar(40)   not null primary key,
    regency_code   varchar(5)    not null references regency (code),
    forced         boolean       not null,
    force_reason   varchar(1000),
    missing_sls    integer       not null,
    package_dir    varchar(500),
    families       integer,
    ranked         integer,
    status         varchar(12)   not null,
    updated_at     timestamp     not null
);

create table family_rank (
    family_id     bigint        not null primary key references family (id),
    regency_code  varchar(5)    not null references regency (code),
    campaign_key  varchar(40)   not null,
    score         double precision not null,
    welfare_rank  integer       not null,
    decile        smallint      not null,
    constraint ck_rank_decile check (decile between 1 and 10)
);
create index ix_rank_regency on family_rank (regency_code, welfare_rank);
