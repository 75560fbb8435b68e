package id.regsosek.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running or finished import, shared between the thread doing it and whoever asks for its progress.
 * Progress is logged every tenth of the work so a long command-line import shows it is alive.
 */
public class ImportRun {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

    /** INTERRUPTED: recorded RUNNING by a node that stopped (see {@link ImportRuns}). */
    /** REFUSED: the file was not wrong, the moment was (e.g. the forum was reported meanwhile); FAILED: our fault. */
    public enum State { RUNNING, DONE, REJECTED, REFUSED, FAILED, INTERRUPTED }

    private final String id = UUID.randomUUID().toString();
    private final String kind;
    private final String fileName;
    private final String regencyCode;
    private final String userId;
    private final Instant startedAt = Instant.now();
    private volatile State state = State.RUNNING;
    private volatile Instant finishedAt;
    private volatile int total;
    private volatile int processed;
    private volatile int lastLoggedTenth;
    private volatile ImportCounts counts = ImportCounts.NONE;
    private volatile List<ImportProblem> problems = List.of();
    private volatile int problemCount;
    private volatile String failure;

    public ImportRun(String kind, String fileName, String regencyCode, String userId) {
        this.kind = kind;
        this.fileName = fileName;
        this.regencyCode = regencyCode;
        this.userId = userId;
    }

    public void expect(int totalSteps) {
        this.total = totalSteps;
    }

    public synchronized void advance(int steps) {
        processed += steps;
        int tenth = total == 0 ? 10 : Math.min(10, processed * 10 / total);
        if (tenth > lastLoggedTenth) {
            lastLoggedTenth = tenth;
            log.info("import {} {} ({}): {}% ({} of {})", kind, id, fileName, tenth * 10, processed, total);
        }
    }

    public void done(ImportCounts result) {
        counts = result;
        finish(State.DONE);
    }

    /** @param shown the first problems (capped), total how many there were */
    public void rejected(List<ImportProblem> shown, int total) {
        problems = List.copyOf(shown);
        problemCount = total;
        finish(State.REJECTED);
    }

    /** Refused by a rule of the operation at this moment; the reason is the application's own sentence. */
    public void refused(String reason) {
        failure = reason;
        finish(State.REFUSED);
    }

    public void failed(String reason) {
        failure = reason;
        finish(State.FAILED);
    }

    private void finish(State end) {
        finishedAt = Instant.now();
        state = end;
    }

    public ImportReport report() {
        return new ImportReport(id, kind, fileName, regencyCode, state.name(), startedAt, finishedAt, total, processed,
                counts.read(), counts.inserted(), counts.updated(), counts.unchanged(), counts.skipped(),
                problemCount, problems, failure);
    }

    boolean finishedBefore(Instant moment) {
        return finishedAt != null && finishedAt.isBefore(moment);
    }

    public String id() {
        return id;
    }

    public String regencyCode() {
        return regencyCode;
    }

    public String userId() {
        return userId;
    }

    public String kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public State state() {
        return state;
    }
}
