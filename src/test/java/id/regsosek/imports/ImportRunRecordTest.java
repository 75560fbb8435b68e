package id.regsosek.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.support.AppTest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * An import is on record from its start, in a transaction of its own; when its node dies (no heartbeat, no
 * outcome) the progress URL of any node answers INTERRUPTED, not 404.
 */
class ImportRunRecordTest extends AppTest {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    ImportRuns runs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private String state(String id) {
        return jdbc.queryForObject("select state from import_run where id = ?", String.class, id);
    }

    @Test
    void anImportIsRecordedRunningWhenItStartsAndUpdatedWithItsOutcome() {
        ImportRun run = runs.register("sls", "sls.csv", "32.16", "admin");
        String[] during = new String[1];
        ImportReport report = runs.execute(run, r -> {
            // Another connection sees it: committed before the work began.
            during[0] = state(r.id());
            return ImportCounts.NONE;
        });
        assertThat(during[0]).isEqualTo("RUNNING");
        assertThat(report.state()).isEqualTo("DONE");
        assertThat(state(run.id())).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("select count(*) from import_run where id = ?", Integer.class, run.id()))
                .isEqualTo(1);
    }

    @Test
    void aRunLeftRunningByAStoppedNodeAnswersInterruptedAtTheProgressUrl() throws Exception {
        // Another node starts an import of the demo regency, then is killed: no heartbeat, no outcome.
        ImportRuns deadNode = new ImportRuns(jdbc, transactions, Duration.ofSeconds(15), Duration.ofMinutes(1));
        ImportRun run = deadNode.register("sls", "sls-besar.csv", "32.16", "admin");
        deadNode.close();
        JsonNode alive = progress(run.id());
        assertThat(alive.get("state").asText()).as("beat a moment ago: still running there").isEqualTo("RUNNING");

        jdbc.update("update import_run set heartbeat_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(5))), run.id());
        JsonNode gone = progress(run.id());
        assertThat(gone.get("state").asText()).isEqualTo("INTERRUPTED");
        assertThat(gone.get("fileName").asText()).isEqualTo("sls-besar.csv");
        assertThat(state(run.id())).isEqualTo("INTERRUPTED");
        assertThat(http("admin").get("/api/frame/imports/no-such-run").statusCode()).isEqualTo(404);
    }

    private JsonNode progress(String id) throws Exception {
        HttpResponse<String> r = http("admin").get("/api/frame/imports/" + id);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }
}
