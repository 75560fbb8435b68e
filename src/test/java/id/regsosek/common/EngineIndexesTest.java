package id.regsosek.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import id.regsosek.support.IndexedColumns;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's task table has an index on the parent task column once the application runs: without it every
 * task's end (completion, or its scope ending at the period's close-out) read the whole table for subtasks. The
 * authorization table (a row per open task's assignee) has one on the user, which every authorization check asks
 * for. Read from the database's own catalogue; PeriodCloseOutParallelIT asks the same of PostgreSQL.
 */
class EngineIndexesTest extends AppTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theTaskTableIsIndexedByItsParentTask() throws Exception {
        assertThat(IndexedColumns.of(dataSource, "act_ru_task")).contains("parent_task_id_", "task_def_key_");
    }

    @Test
    void authorizationsAreIndexedByTheirUser() throws Exception {
        assertThat(IndexedColumns.of(dataSource, "act_ru_authorization")).contains("user_id_");
    }
}
