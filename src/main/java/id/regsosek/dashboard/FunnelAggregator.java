package id.regsosek.dashboard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The recruitment funnel per campaign and district, from the candidates' statuses and scores: registered;
 * eligible (passed screening: anyone tested, waiting for the test, or beyond); tested; selected (on the confirmed
 * list); trained (deployed, or deployed and left since); deployed now; reserve still waiting. Every campaign key of
 * the regency's candidates gets its rows; the dashboard shows the one picked.
 */
@Component
class FunnelAggregator {

    private final JdbcTemplate jdbc;

    FunnelAggregator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void refresh(String regency) {
        jdbc.update("delete from dash_funnel where regency_code = ?", regency);
        jdbc.update("insert into dash_funnel (regency_code, campaign_key, district_code, registered, eligible, tested,"
                + " selected, trained, deployed, reserve_left) select ?, campaign_key, district_code, count(*),"
                + " sum(case when test_score is not null or status in ('TESTING', 'AWAITING_SELECTION', 'SELECTED',"
                + " 'RESERVE', 'NOT_SELECTED', 'DEPLOYED', 'NOT_DEPLOYED', 'LEFT') then 1 else 0 end),"
                + " sum(case when test_score is not null then 1 else 0 end),"
                + " sum(case when outcome = 'SELECTED' then 1 else 0 end),"
                + " sum(case when status in ('DEPLOYED', 'LEFT') then 1 else 0 end),"
                + " sum(case when status = 'DEPLOYED' then 1 else 0 end),"
                + " sum(case when status = 'RESERVE' then 1 else 0 end)"
                + " from officer_candidate where regency_code = ? group by campaign_key, district_code",
                regency, regency);
    }
}
