-- The recruitment funnel per campaign: a regency runs the campaigns it started (recruitment_campaign) and may have
-- imported candidates under other keys; the dashboard shows the one picked, not a key fixed in the settings.
-- The table is an aggregate the refresher rebuilds every minute: emptied here, refilled at the next refresh.
delete from dash_funnel;
alter table dash_funnel add column campaign_key varchar(40) default '' not null;
alter table dash_funnel drop constraint pk_dash_funnel;
alter table dash_funnel add constraint pk_dash_funnel primary key (regency_code, campaign_key, district_code);
