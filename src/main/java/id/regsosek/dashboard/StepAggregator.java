package id.regsosek.dashboard;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Open work per process step, from the engine's open activity instances of the regency. The median and 90th
 * percentile waits are kept as the start times of the median and the 10%-oldest item (portable SQL on H2 and
 * PostgreSQL); the page turns them into durations against the refresh time.
 */
@Component
class StepAggregator {

    private final JdbcTemplate jdbc;

    StepAggregator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void refresh(String regency) {
        jdbc.update("delete from dash_step where regency_code = ?", regency);
        jdbc.update("insert into dash_step (regency_code, process_key, activity_id, activity_name, activity_type,"
                + " open_count, median_since, p90_since, oldest_since)"
                + " select ?, a.proc_def_key_, a.act_id_, max(a.act_name_), max(a.act_type_), count(*),"
                + " percentile_disc(0.5) within group (order by a.start_time_),"
                + " percentile_disc(0.1) within group (order by a.start_time_), min(a.start_time_)"
                + " from act_hi_actinst a where a.end_time_ is null and a.tenant_id_ = ?"
                // containers: their waiting is shown by the step inside them
                + " and a.act_type_ not in ('subProcess', 'multiInstanceBody', 'eventSubProcess', 'transaction')"
                + " group by a.proc_def_key_, a.act_id_", regency, regency);
    }
}
