package id.regsosek.imports;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import and keeps it findable while it runs (progress) and afterwards (outcome). Its import_run row is
 * written RUNNING when it starts, committed on its own, and kept alive by a heartbeat while this node works on it;
 * the outcome updates it. A run whose node died (killed, restarted) stops beating: after
 * {@code regsosek.import.stale-after} it shows, and is marked, INTERRUPTED, so the progress URL answers that from
 * any node instead of 404. The import itself runs in its own transaction inside {@code work}, so a rejected file
 * leaves nothing behind but the record that it was rejected.
 */
@Service
public class ImportRuns implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ImportRuns.class);

    private final Map<String, ImportRun> runs = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;
    private final Duration staleAfter;
    private final String node = UUID.randomUUID().toString();
    private final ScheduledExecutorService heartbeat;

    public ImportRuns(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                      @Value("${regsosek.import.heartbeat:PT15S}") Duration beat,
                      @Value("${regsosek.import.stale-after:PT1M}") Duration staleAfter) {
        if (staleAfter.compareTo(beat.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("regsosek.import.stale-after must be at least twice the heartbeat");
        }
        this.jdbc = jdbc;
        this.staleAfter = staleAfter;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "import-heartbeat");
            t.setDaemon(true);
            return t;
        });
        heartbeat.scheduleWithFixedDelay(this::beat, beat.toMillis(), beat.toMillis(), TimeUnit.MILLISECONDS);
    }

    public ImportRun register(String kind, String fileName, String regencyCode, String userId) {
        // Outcomes stay queryable in memory for a day; the table keeps the record for good.
        runs.values().removeIf(r -> r.finishedBefore(Instant.now().minus(Duration.ofDays(1))));
        ImportRun run = new ImportRun(kind, fileName, regencyCode, userId);
        runs.put(run.id(), run);
        try {
            own.executeWithoutResult(s -> jdbc.update("insert into import_run (id, regency_code, kind, file_name,"
                    + " user_id, started_at, state, rows_read, rows_inserted, rows_updated, rows_unchanged,"
                    + " problem_count, node_id, heartbeat_at) values (?, ?, ?, ?, ?, ?, 'RUNNING', 0, 0, 0, 0, 0, ?,"
                    + " ?)", run.id(), regencyCode, kind, truncate(fileName), userId,
                    Timestamp.from(run.report().startedAt()), node, Timestamp.from(Instant.now())));
        } catch (DataAccessException e) {
            // The import still runs and answers; only its record is missing (e.g. a regency code over 5 characters).
            log.warn("import {} {} not recorded at its start: {}", kind, run.id(), e.getMostSpecificCause().getMessage());
        }
        return run;
    }

    public ImportReport execute(ImportRun run, Function<ImportRun, ImportCounts> work) {
        try {
            run.done(work.apply(run));
        } catch (ImportRejectedException e) {
            run.rejected(e.problems(), e.total());
        } catch (IllegalStateException e) {
            // Our own refusal met inside the import's lock (a check before it passed, the state changed meanwhile):
            // the sender's answer, not a server error.
            log.info("import {} {} refused: {}", run.kind(), run.id(), e.getMessage());
            run.refused(e.getMessage());
        } catch (RuntimeException e) {
            // Our own refusals speak to the sender; anything else (often the database's own words, with SQL and
            // values) stays in the log, never in the answer.
            log.error("import {} {} failed", run.kind(), run.id(), e);
            run.failed(e instanceof IllegalArgumentException ? e.getMessage()
                    : "the import failed unexpectedly and nothing was imported; the server log has the cause under"
                    + " import " + run.id());
        }
        ImportReport report = run.report();
        log.info("import {} {} ({}) ended {}: {} read, {} new, {} changed, {} unchanged, {} problem(s)", run.kind(),
                run.id(), run.fileName(), report.state(), report.rowsRead(), report.inserted(), report.updated(),
                report.unchanged(), report.problemCount());
        finished(report);
        return report;
    }

    /** This node's run (with its problems), else the recorded run of any node of the regency. */
    public Optional<ImportReport> find(String id, String regencyCode) {
        ImportRun mine = runs.get(id);
        if (mine != null) {
            return Optional.of(mine).filter(r -> r.regencyCode().equals(regencyCode)).map(ImportRun::report);
        }
        markInterrupted();
        return jdbc.query("select id, kind, file_name, regency_code, state, started_at, finished_at, rows_read,"
                + " rows_inserted, rows_updated, rows_unchanged, problem_count from import_run where id = ? and"
                + " regency_code = ?", (rs, i) -> new ImportReport(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7) == null ? null
                : rs.getTimestamp(7).toInstant(), 0, 0, rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), 0,
                rs.getInt(12), List.of(), null), id, regencyCode).stream().findFirst();
    }

    /** Who started a run of the regency (this node's, else the recorded one), if there is such a run. */
    public Optional<String> startedBy(String id, String regencyCode) {
        ImportRun mine = runs.get(id);
        if (mine != null) {
            return Optional.of(mine).filter(r -> r.regencyCode().equals(regencyCode)).map(ImportRun::userId);
        }
        return jdbc.queryForList("select user_id from import_run where id = ? and regency_code = ?", String.class, id,
                regencyCode).stream().findFirst();
    }

    /**
     * Marks the runs whose node stopped beating as INTERRUPTED (at this node's start, and whenever a recorded run
     * is looked up). A live node beats every {@code regsosek.import.heartbeat}, so only dead nodes' runs match.
     */
    @EventListener(ApplicationReadyEvent.class)
    public int markInterrupted() {
        Timestamp now = Timestamp.from(Instant.now());
        int n = jdbc.update("update import_run set state = 'INTERRUPTED', finished_at = ? where state = 'RUNNING'"
                + " and (heartbeat_at is null or heartbeat_at < ?)", now, Timestamp.from(now.toInstant()
                .minus(staleAfter)));
        if (n > 0) {
            log.warn("{} import run(s) of a stopped node marked INTERRUPTED", n);
        }
        return n;
    }

    private void beat() {
        try {
            List<Object[]> alive = runs.values().stream().filter(r -> r.state() == ImportRun.State.RUNNING)
                    .map(r -> new Object[] {Timestamp.from(Instant.now()), r.id()}).toList();
            if (!alive.isEmpty()) {
                jdbc.batchUpdate("update import_run set heartbeat_at = ? where id = ? and state = 'RUNNING'", alive);
            }
        } catch (RuntimeException e) {
            log.warn("import heartbeat failed: {}", e.getMessage());
        }
    }

    private void finished(ImportReport r) {
        try {
            own.executeWithoutResult(s -> {
                int updated = jdbc.update("update import_run set finished_at = ?, state = ?, rows_read = ?,"
                        + " rows_inserted = ?, rows_updated = ?, rows_unchanged = ?, problem_count = ? where id = ?",
                        Timestamp.from(r.finishedAt()), r.state(), r.rowsRead(), r.inserted(), r.updated(),
                        r.unchanged(), r.problemCount(), r.id());
                if (updated == 0) {
                    log.warn("import {} {} ended {} without a record", r.kind(), r.id(), r.state());
                }
            });
        } catch (DataAccessException e) {
            log.warn("import {} {} outcome not recorded: {}", r.kind(), r.id(), e.getMostSpecificCause().getMessage());
        }
    }

    /** Stops the heartbeat (the application's end, or a test's second node). */
    @Override
    public void close() {
        heartbeat.shutdownNow();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 255 ? s : s.substring(0, 255);
    }
}
