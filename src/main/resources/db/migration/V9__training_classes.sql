-- Training classes: up to 30 trainees of one district each, 2-3 days, an instructor recording attendance and
-- pre/post-test scores; a trainee belongs to one class at a time (a promoted reserve joins a make-up class).
create table training_class (
    class_key      varchar(80)  not null primary key,
    regency_code   varchar(5)   not null references regency (code),
    campaign_key   varchar(40)  not null,
    district_code  varchar(8)   not null references district (code),
    place          varchar(200) not null,
    start_date     date         not null,
    days           integer      not null,
    constraint ck_training_days check (days between 1 and 5)
);

create table training_trainee (
    campaign_key     varchar(40)  not null,
    registration_no  varchar(40)  not null,
    class_key        varchar(80)  not null references training_class (class_key),
    attended_all     boolean,
    pre_test         integer,
    post_test        integer,
    constraint pk_training_trainee primary key (campaign_key, registration_no, class_key)
);
create index ix_trainee_class on training_trainee (class_key);
