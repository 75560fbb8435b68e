package id.regsosek.simulate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Simulated time. The engine's clock (ClockUtil) is set to the simulated moment, and the simulation is the job
 * executor: after each move it runs every job that is due by then (timers, async steps), oldest due date first, id
 * next, until none is left. So every timer of every model (revisit, appointment, period end, sign-off recheck)
 * fires at the moment its own definition gives, in the order the engine would fire them; nothing is shortened.
 * With a compression factor c above 0 the simulation also waits until the wall clock has run 1/c of the simulated
 * time since the start (as fast as it can otherwise).
 */
final class SimClock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SimClock.class);

    /** Who runs the due jobs after each move: returns how many ran. */
    interface DueJobs {
        int run();
    }

    private final ManagementService management;
    private final DueJobs dueJobs;
    private final double compression;
    private final Instant simStart;
    private final long wallStart = System.nanoTime();
    private Instant now;
    private int jobsRun;
    private long jobNanos;
    private final List<String> failures = new ArrayList<>();

    SimClock(ManagementService management, Instant start, double compression) {
        this(management, start, compression, null);
    }

    /** With {@code dueJobs} null the simulation runs the jobs itself, else (e.g. {@link ExecutorJobs}) they do. */
    SimClock(ManagementService management, Instant start, double compression, DueJobs dueJobs) {
        this.management = management;
        this.dueJobs = dueJobs == null ? this::executeDueJobs : dueJobs;
        this.compression = compression;
        this.simStart = start;
        this.now = start;
        ClockUtil.setCurrentTime(Date.from(start));
    }

    Instant now() {
        return now;
    }

    /** Moves simulated time forward (never back), paced by the compression factor, then runs the due jobs. */
    void advanceTo(Instant to) {
        if (to.isAfter(now)) {
            now = to;
            pace();
            ClockUtil.setCurrentTime(Date.from(to));
        }
        runDueJobs();
    }

    /** Runs every job due by the simulated now, again and again until none is left; returns how many ran. */
    int runDueJobs() {
        int ran = dueJobs.run();
        jobsRun += ran;
        return ran;
    }

    private int executeDueJobs() {
        int ran = 0;
        while (true) {
            List<Job> due = new ArrayList<>(management.createJobQuery().executable().list());
            if (due.isEmpty()) {
                return ran;
            }
            due.sort(Comparator.comparing((Job j) -> j.getDuedate() == null ? new Date(0) : j.getDuedate())
                    .thenComparing(j -> j.getId().length()).thenComparing(Job::getId));
            for (Job job : due) {
                long t0 = System.nanoTime();
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException e) {
                    // The engine counts the retry down; a job out of retries is no longer executable (an incident).
                    failures.add(job.getProcessDefinitionKey() + " job " + job.getId() + ": " + e.getMessage());
                    log.warn("simulated job of {} failed: {}", job.getProcessDefinitionKey(), e.getMessage());
                }
                jobNanos += System.nanoTime() - t0;
                ran++;
            }
        }
    }

    int jobsRun() {
        return jobsRun;
    }

    /** Wall-clock seconds spent running jobs (the engine's own work: timers, async steps, chunks). */
    double jobSeconds() {
        return jobNanos / 1e9;
    }

    List<String> jobFailures() {
        return failures;
    }

    Duration simulated() {
        return Duration.between(simStart, now);
    }

    /** Simulated seconds per wall-clock second so far. */
    double achievedCompression() {
        double wall = (System.nanoTime() - wallStart) / 1e9;
        return simulated().toSeconds() / Math.max(wall, 1e-9);
    }

    private void pace() {
        if (compression <= 0) {
            return;
        }
        long dueNanos = (long) (Duration.between(simStart, now).toNanos() / compression);
        long wait = dueNanos - (System.nanoTime() - wallStart);
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    @Override
    public void close() {
        ClockUtil.reset();
    }
}
