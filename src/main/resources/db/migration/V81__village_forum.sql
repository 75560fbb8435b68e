-- Village consultation forums (issue 16): after the ranking's publication is approved, each village with ranked
-- families holds a public forum over its list; its official (group village-official, bound to one village here)
-- downloads the list (no NIK), keys the forum's corrections, which go back to the field for re-verification.
create table village_official (
    user_id       varchar(64)  not null primary key,
    regency_code  varchar(5)   not null references regency (code),
    village_code  varchar(13)  not null references village (code)
);
create index ix_village_official_village on village_official (village_code);

create table village_forum (
    campaign_key  varchar(40)  not null,
    village_code  varchar(13)  not null references village (code),
    regency_code  varchar(5)   not null references regency (code),
    status        varchar(10)  not null,
    started_at    timestamp    not null,
    due_at        timestamp    not null,
    late          boolean      default false not null,
    reminded_at   timestamp,
    held_at       timestamp,
    held_by       varchar(64),
    corrections   integer      default 0 not null,
    note          varchar(1000),
    constraint pk_village_forum primary key (campaign_key, village_code),
    constraint ck_village_forum_status check (status in ('OPEN', 'HELD'))
);
create index ix_village_forum_regency on village_forum (regency_code, campaign_key);

-- The corrections a forum sent, kept with the forum (the re-verification step reads them from here).
create table village_forum_correction (
    campaign_key  varchar(40)  not null,
    village_code  varchar(13)  not null,
    family_id     bigint       not null references family (id),
    reason        varchar(500) not null,
    constraint pk_village_forum_correction primary key (campaign_key, village_code, family_id)
);
