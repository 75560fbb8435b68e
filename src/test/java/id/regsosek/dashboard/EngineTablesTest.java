package id.regsosek.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's raw reads of the engine's tables hold only for the schema they were checked against: this fails
 * when the engine's version or a column they read changes, and runs every statement.
 */
class EngineTablesTest extends AppTest {

    @Autowired
    EngineTables tables;
    @Autowired
    DataSource dataSource;
    @Autowired
    DashboardRefresher refresher;

    @Test
    void theEngineIsTheVersionTheStatementsWereCheckedAgainst() {
        assertThat(ProductPropertiesUtil.getProductVersion())
                .as("a new engine: check EngineTables' statements against its schema, then its CHECKED_AGAINST")
                .isEqualTo(EngineTables.CHECKED_AGAINST);
    }

    @Test
    void everyColumnReadIsThere() throws Exception {
        List<String> missing = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (var table : EngineTables.COLUMNS.entrySet()) {
                Set<String> present = new TreeSet<>();
                for (String name : List.of(table.getKey(), table.getKey().toLowerCase(Locale.ROOT))) {
                    try (ResultSet rs = meta.getColumns(null, null, name, null)) {
                        while (rs.next()) {
                            present.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                        }
                    }
                }
                table.getValue().stream().filter(col -> !present.contains(col))
                        .forEach(col -> missing.add(table.getKey() + "." + col));
            }
        }
        assertThat(missing).as("engine columns the dashboard reads").isEmpty();
    }

    @Test
    void everyStatementRuns() {
        List<String> rows = new ArrayList<>();
        tables.openTasksByAssignee("32.16", Instant.now(), rs -> rows.add(rs.getString(1)));
        tables.fastCompletionsByAssignee("32.16", Instant.now().minusSeconds(3600), 120_000, rs -> rows.add(rs.getString(1)));
        // Through the refresh, which locks the regency's row first: the scheduled refresh of this context may run the
        // same delete and insert at this moment (a duplicate key once failed this test when both did).
        refresher.refresh("32.16");
        assertThat(rows).doesNotContainNull();
    }
}
