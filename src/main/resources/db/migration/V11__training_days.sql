-- Attendance of each training day, as the instructor recorded it; absent_days sums it per trainee and class.
create table training_attendance (
    class_key        varchar(80)  not null references training_class (class_key),
    registration_no  varchar(40)  not null,
    day_no           integer      not null,
    present          boolean      not null,
    constraint pk_training_attendance primary key (class_key, registration_no, day_no)
);
alter table training_trainee add column absent_days integer;

-- A make-up class gathers reserves promoted after the district's classes; it takes joiners until it starts.
alter table training_class add column makeup boolean default false not null;

-- When the trainee's invitation went out: a trainee is invited once, however it joined its class.
alter table training_trainee add column invited_at timestamp;
