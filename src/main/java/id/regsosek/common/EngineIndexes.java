package id.regsosek.common;

import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks for a regency's size, added once the engine has made its tables (the engine
 * makes them, not Flyway, so a migration could not name them on a fresh database). Found by {@code benchmark-regency}:
 * deleting a task, which completing it or ending its scope does, asks for the task's subtasks by
 * {@code ACT_RU_TASK.PARENT_TASK_ID_}, a column without an index, so each task's end read the whole task table: at a
 * million open visits, every report and every close-out read a million rows. And the engine writes an
 * authorization row for each task's assignee, so ACT_RU_AUTHORIZATION holds a row per open task; every query a
 * person makes with authorization checks (Tasklist's filters and counts) picks that person's rows by
 * {@code USER_ID_ in (user, '*') or GROUP_ID_ in (groups)}, and only the group has an index of its own: without
 * one on the user, each check read the whole table, a million rows, several times per Tasklist request. The
 * step ({@code TASK_DEF_KEY_}) lets a Tasklist filter of a few steps (the Koseka's) start from those tasks.
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);
    static final List<String> DDL = List.of(
            "create index if not exists regsosek_idx_task_parent on act_ru_task (parent_task_id_)",
            "create index if not exists regsosek_idx_auth_user on act_ru_authorization (user_id_)",
            "create index if not exists regsosek_idx_task_step on act_ru_task (task_def_key_)");

    private final DataSource dataSource;

    public EngineIndexes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        DDL.forEach(jdbc::execute);
        log.info("engine tables: {} extra index(es) in place", DDL.size());
    }
}
