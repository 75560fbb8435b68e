-- A regency's recruitment campaign as its recruitment-campaign process instance moves on: planned, registration
-- open, registration closed (district selections running), results published, training planned, officers handed
-- to area assignment. Candidate imports for a campaign key with a row here are taken only while it is OPEN.
-- A campaign key without a row (imports run without a campaign process) is not restricted.
create table recruitment_campaign (
    campaign_key          varchar(40)  not null primary key,
    regency_code          varchar(5)   not null references regency (code),
    process_instance_id   varchar(64)  not null,
    state                 varchar(20)  not null,
    registration_opens    timestamp    not null,
    registration_closes   timestamp    not null,
    training_place        varchar(200) not null,
    training_start        date         not null,
    training_days         integer      not null,
    opened_at             timestamp,
    closed_at             timestamp,
    selections_done_at    timestamp,
    results_published_at  timestamp,
    training_planned_at   timestamp,
    handed_over_at        timestamp,
    district_count        integer,
    selected_count        integer,
    reserve_count         integer,
    not_selected_count    integer,
    classes_planned       integer,
    results_csv           text,
    constraint ck_campaign_state check (state in ('PLANNED', 'OPEN', 'CLOSED', 'PUBLISHED', 'TRAINING_PLANNED',
        'HANDED_OVER'))
);
create index ix_campaign_regency on recruitment_campaign (regency_code, state);

-- Where a candidate's test score came from (FILE: the online test's export; FORM: entered in Tasklist), so the
-- second of the two is refused with a message naming the first.
alter table officer_candidate add column test_score_source varchar(4);

-- When the district's officers went to its area assignment; the campaign moves on when every district has.
alter table district_selection add column handed_over_at timestamp;
