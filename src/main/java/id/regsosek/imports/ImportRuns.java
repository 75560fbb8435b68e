package id.regsosek.imports;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Runs an import and keeps it findable while it runs (progress) and afterwards (outcome). The import itself runs
 * in its own transaction inside {@code work}; the audit row is written after it, so a rejected file leaves
 * nothing behind but the record that it was rejected.
 */
@Service
public class ImportRuns {

    private static final Logger log = LoggerFactory.getLogger(ImportRuns.class);

    private final Map<String, ImportRun> runs = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;

    public ImportRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ImportRun register(String kind, String fileName, String regencyCode, String userId) {
        // Outcomes stay queryable for a day; the audit table keeps the record for good.
        runs.values().removeIf(r -> r.finishedBefore(Instant.now().minus(Duration.ofDays(1))));
        ImportRun run = new ImportRun(kind, fileName, regencyCode, userId);
        runs.put(run.id(), run);
        return run;
    }

    public ImportReport execute(ImportRun run, Function<ImportRun, ImportCounts> work) {
        try {
            run.done(work.apply(run));
        } catch (ImportRejectedException e) {
            run.rejected(e.problems(), e.total());
        } catch (RuntimeException e) {
            // Our own refusals speak to the sender; anything else (often the database's own words, with SQL and
            // values) stays in the log, never in the answer.
            log.error("import {} {} failed", run.kind(), run.id(), e);
            run.failed(e instanceof IllegalStateException || e instanceof IllegalArgumentException ? e.getMessage()
                    : "the import failed unexpectedly and nothing was imported; the server log has the cause under"
                    + " import " + run.id());
        }
        ImportReport report = run.report();
        log.info("import {} {} ({}) ended {}: {} read, {} new, {} changed, {} unchanged, {} problem(s)", run.kind(),
                run.id(), run.fileName(), report.state(), report.rowsRead(), report.inserted(), report.updated(),
                report.unchanged(), report.problemCount());
        audit(report, run.userId());
        return report;
    }

    public Optional<ImportReport> find(String id, String regencyCode) {
        return Optional.ofNullable(runs.get(id)).filter(r -> r.regencyCode().equals(regencyCode))
                .map(ImportRun::report);
    }

    private void audit(ImportReport r, String userId) {
        jdbc.update("insert into import_run (id, regency_code, kind, file_name, user_id, started_at, finished_at,"
                        + " state, rows_read, rows_inserted, rows_updated, rows_unchanged, problem_count)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.id(), r.regencyCode(), r.kind(), truncate(r.fileName()), userId, Timestamp.from(r.startedAt()),
                Timestamp.from(r.finishedAt()), r.state(), r.rowsRead(), r.inserted(), r.updated(), r.unchanged(),
                r.problemCount());
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 255 ? s : s.substring(0, 255);
    }
}
