package id.regsosek.imports;

import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Service;

/**
 * An import that answers at once and runs on the import pool: its run is registered (RUNNING, findable at the
 * progress URLs through {@link ImportRuns#find}) before the answer leaves. A full pool refuses the import with a
 * message (409), its run recorded as failed, rather than queueing without end.
 */
@Service
public class BackgroundImports {

    static final String BUSY = "Server sedang menjalankan banyak impor; coba lagi beberapa menit lagi (the import"
            + " queue is full).";

    private final ImportRuns runs;
    private final TaskExecutor executor;

    public BackgroundImports(ImportRuns runs, @Qualifier(ImportExecutorConfig.NAME) TaskExecutor executor) {
        this.runs = runs;
        this.executor = executor;
    }

    /**
     * @param work  the import itself (its own transaction, as for a synchronous import)
     * @param after what follows a finished import in the same background thread (e.g. starting processes), or null
     * @return the run as registered (RUNNING)
     */
    public ImportReport start(String kind, String fileName, String regency, String userId,
                              Function<ImportRun, ImportCounts> work, Consumer<ImportReport> after) {
        ImportRun run = runs.register(kind, fileName, regency, userId);
        ImportReport registered = run.report();
        try {
            executor.execute(() -> {
                ImportReport done = runs.execute(run, work);
                if (after != null) {
                    after.accept(done);
                }
            });
        } catch (TaskRejectedException e) {
            runs.execute(run, r -> {
                throw new IllegalStateException(BUSY);
            });
            throw new IllegalStateException(BUSY, e);
        }
        return registered;
    }
}
