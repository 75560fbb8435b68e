package id.regsosek.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The dashboard's only reads of the engine's own tables, where the engine's query API cannot serve: it counts
 * and groups (open tasks per assignee, fast completions per assignee, open steps with median and 90th-percentile
 * waits) over up to a million rows of a regency, which the API could only do by loading every row. Everything
 * else the dashboard needs from the engine goes through its API ({@code RuntimeService}, {@code ManagementService}).
 *
 * <p>The engine's tables are not a public interface: these statements were checked against the schema of Camunda
 * {@value #CHECKED_AGAINST} on H2 and PostgreSQL. {@code EngineTablesTest} fails when the engine's version or one of
 * the {@link #COLUMNS} changes: check the statements against the new schema, then update both.
 */
@Component
class EngineTables {

    static final String CHECKED_AGAINST = "7.24.0";

    /** Every engine table and column read below. */
    static final Map<String, List<String>> COLUMNS = Map.of(
            "ACT_RU_TASK", List.of("TENANT_ID_", "ASSIGNEE_", "CREATE_TIME_"),
            "ACT_HI_TASKINST", List.of("TENANT_ID_", "ASSIGNEE_", "END_TIME_", "DURATION_", "DELETE_REASON_"),
            "ACT_HI_ACTINST", List.of("TENANT_ID_", "PROC_DEF_KEY_", "ACT_ID_", "ACT_NAME_", "ACT_TYPE_",
                    "START_TIME_", "END_TIME_"));

    private final JdbcTemplate jdbc;

    EngineTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows (assignee, open tasks, of which created before {@code overdueBefore}) of the regency's open tasks. */
    void openTasksByAssignee(String regency, Instant overdueBefore, RowCallbackHandler rows) {
        jdbc.query("select assignee_, count(*), sum(case when create_time_ < ? then 1 else 0 end) from act_ru_task"
                + " where tenant_id_ = ? and assignee_ is not null group by assignee_", rows,
                Timestamp.from(overdueBefore), regency);
    }

    /** Rows (assignee, count) of tasks completed since {@code since} in less than {@code fasterThanMillis}. */
    void fastCompletionsByAssignee(String regency, Instant since, long fasterThanMillis, RowCallbackHandler rows) {
        jdbc.query("select assignee_, count(*) from act_hi_taskinst where tenant_id_ = ? and assignee_ is not null"
                + " and end_time_ > ? and duration_ < ? and delete_reason_ = 'completed' group by assignee_", rows,
                regency, Timestamp.from(since), fasterThanMillis);
    }

    /**
     * Writes the regency's open work per process step into {@code dash_step}, from the open activity instances.
     * The median and 90th-percentile waits are kept as the start times of the median and the 10%-oldest item
     * (portable SQL on H2 and PostgreSQL); the page turns them into durations against the refresh time.
     */
    void writeOpenSteps(String regency) {
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
