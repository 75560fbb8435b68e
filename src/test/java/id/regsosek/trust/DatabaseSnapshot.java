package id.regsosek.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an attack could have changed, read straight from the tables: our rows that a person's work writes, and the
 * engine's runtime state (instances, tasks, variables, jobs, definitions, identity links, authorizations).
 * Tables the application rewrites in the background by itself (dashboard aggregates, mail outbox, import runs)
 * are left out.
 */
record DatabaseSnapshot(Map<String, List<String>> contents) {

    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        for (String t : List.of("family", "visit_attempt", "family_visit", "family_member", "family_check",
                "family_housing", "visit_appointment", "sls_signoff", "sls_signoff_decision", "sls_assignment",
                "officer", "officer_candidate", "handover_run", "family_rank", "visit_task", "district_selection",
                "training_trainee", "assignment_move", "officer_dropout", "enumeration_period")) {
            QUERIES.put(t, "select count(*) from " + t);
        }
        QUERIES.put("family results", "select id || ':' || coalesce(cast(result_code as varchar(4)), '-') from family"
                + " order by id");
        QUERIES.put("signoff states", "select sls_id || ':' || status from sls_signoff order by sls_id");
        QUERIES.put("executions", "select id_ || ':' || coalesce(business_key_, '') || ':' || suspension_state_"
                + " || ':' || coalesce(act_id_, '') || ':' || coalesce(tenant_id_, '') from act_ru_execution"
                + " order by id_");
        QUERIES.put("tasks", "select id_ || ':' || coalesce(assignee_, '') || ':' || coalesce(tenant_id_, '')"
                + " || ':' || suspension_state_ from act_ru_task order by id_");
        QUERIES.put("variables", "select coalesce(execution_id_, '') || ':' || coalesce(task_id_, '') || ':' || name_"
                + " || ':' || type_ || ':' || coalesce(text_, '') || ':' || coalesce(cast(long_ as varchar(30)), '')"
                + " from act_ru_variable order by id_");
        QUERIES.put("definitions", "select id_ || ':' || suspension_state_ || ':'"
                + " || coalesce(cast(history_ttl_ as varchar(10)), '') from act_re_procdef order by id_");
        QUERIES.put("jobs", "select id_ || ':' || retries_ || ':' || suspension_state_ from act_ru_job order by id_");
        QUERIES.put("job definitions", "select id_ || ':' || suspension_state_ from act_ru_jobdef order by id_");
        QUERIES.put("deployments", "select count(*) from act_re_deployment");
        QUERIES.put("batches", "select count(*) from act_ru_batch");
        QUERIES.put("identity links", "select count(*) from act_ru_identitylink");
        QUERIES.put("comments", "select count(*) from act_hi_comment");
        QUERIES.put("attachments", "select count(*) from act_hi_attachment");
        QUERIES.put("filters", "select count(*) from act_ru_filter");
        QUERIES.put("authorizations", "select count(*) from act_ru_authorization");
        QUERIES.put("historic instances", "select count(*) from act_hi_procinst");
        QUERIES.put("users", "select id_ || ':' || coalesce(cast(attempts_ as varchar(10)), '') || ':'"
                + " || coalesce(cast(lock_exp_time_ as varchar(40)), '') from act_id_user order by id_");
    }

    static DatabaseSnapshot take(JdbcTemplate jdbc) {
        Map<String, List<String>> contents = new LinkedHashMap<>();
        QUERIES.forEach((name, sql) -> contents.put(name, jdbc.queryForList(sql, String.class)));
        return new DatabaseSnapshot(contents);
    }

    /** Every table as it was, naming the first that changed. */
    void assertUnchanged(JdbcTemplate jdbc, String attack) {
        DatabaseSnapshot now = take(jdbc);
        contents.forEach((name, rows) -> assertThat(now.contents().get(name))
                .as("%s changed %s", attack, name).isEqualTo(rows));
    }
}
