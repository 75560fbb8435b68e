package id.regsosek.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Per officer: open tasks (routed to the officer as assignee), tasks open longer than the overdue limit, visit
 * outcomes (no respondent, refused), task completions faster than is plausible for a household interview, and
 * forms the PML returned.
 */
@Component
class OfficerAggregator {

    private final JdbcTemplate jdbc;
    private final EngineTables engine;
    private final Duration overdue;
    private final Duration fast;

    OfficerAggregator(JdbcTemplate jdbc, EngineTables engine, @Value("${regsosek.dashboard.overdue-days:3}") int overdueDays,
                      @Value("${regsosek.dashboard.fast-completion-minutes:2}") int fastMinutes) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.overdue = Duration.ofDays(overdueDays);
        this.fast = Duration.ofMinutes(fastMinutes);
    }

    void refresh(String regency, Instant now) {
        Map<String, long[]> byUser = new TreeMap<>();
        engine.openTasksByAssignee(regency, now.minus(overdue), rs -> {
            long[] v = row(byUser, rs.getString(1));
            v[0] = rs.getLong(2);
            v[1] = rs.getLong(3);
        });
        jdbc.query("select o.user_id, count(*), sum(case when a.result_code = 3 then 1 else 0 end),"
                + " sum(case when a.result_code = 4 then 1 else 0 end) from visit_attempt a"
                + " join officer o on o.id = a.officer_id where o.regency_code = ? and o.user_id is not null"
                + " group by o.user_id", rs -> {
                    long[] v = row(byUser, rs.getString(1));
                    v[2] = rs.getLong(2);
                    v[3] = rs.getLong(3);
                    v[4] = rs.getLong(4);
                }, regency);
        engine.fastCompletionsByAssignee(regency, now.minus(Duration.ofDays(7)), fast.toMillis(), rs -> {
            row(byUser, rs.getString(1))[5] = rs.getLong(2);
        });
        // Forms the PML returned, counted against the PPL who covers the family's SLS.
        jdbc.query("select o.user_id, count(*) from family_check c join family f on f.id = c.family_id"
                + " join sls_assignment a on a.sls_id = f.sls_id join officer o on o.id = a.ppl_officer_id"
                + " where c.approved = false and o.regency_code = ? and o.user_id is not null group by o.user_id",
                rs -> {
                    row(byUser, rs.getString(1))[6] = rs.getLong(2);
                }, regency);
        write(regency, byUser);
    }

    private void write(String regency, Map<String, long[]> byUser) {
        jdbc.update("delete from dash_officer where regency_code = ?", regency);
        List<Object[]> rows = new ArrayList<>();
        byUser.forEach((user, v) -> rows.add(new Object[] {regency, user, v[0], v[1], v[2], v[3], v[4], v[5], v[6]}));
        jdbc.batchUpdate("insert into dash_officer (regency_code, user_id, open_tasks, overdue_tasks, attempts,"
                + " no_respondent, refused, fast_completions, returned_forms) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        // Names and roles from our officer records, where the user is an officer (staff users are not).
        jdbc.update("update dash_officer set officer_code = (select o.officer_code from officer o where o.user_id"
                + " = dash_officer.user_id and o.regency_code = dash_officer.regency_code), name = (select o.name"
                + " from officer o where o.user_id = dash_officer.user_id and o.regency_code ="
                + " dash_officer.regency_code), role = (select o.role from officer o where o.user_id ="
                + " dash_officer.user_id and o.regency_code = dash_officer.regency_code), district_code = (select"
                + " o.home_district_code from officer o where o.user_id = dash_officer.user_id and o.regency_code ="
                + " dash_officer.regency_code) where regency_code = ?", regency);
    }

    private static long[] row(Map<String, long[]> byUser, String user) {
        return byUser.computeIfAbsent(user, u -> new long[7]);
    }
}
