package id.regsosek.simulate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Due jobs run by the nodes' own job executors instead of by the simulation ({@link SimClock.DueJobs}): after each
 * move of the clock it wakes every executor and waits until no job is due any more, as a cluster of nodes on one
 * database works them. The clock moves only when this returned, so no job's lock expires on simulated time while
 * a node still runs it. A job that failed (its exception kept, retries counted down) is recorded, not waited for.
 */
final class ExecutorJobs implements SimClock.DueJobs {

    private final ManagementService management;
    private final String tenant;
    private final List<JobExecutor> executors;
    private final Duration timeout;
    private final List<String> failures = new ArrayList<>();
    private final Set<String> failed = new HashSet<>();

    /** Waits for the jobs of the simulated regency's tenant (other tenants' jobs are not the simulation's). */
    ExecutorJobs(ManagementService management, String tenant, List<JobExecutor> executors, Duration timeout) {
        this.management = management;
        this.tenant = tenant;
        this.executors = List.copyOf(executors);
        this.timeout = timeout;
    }

    /** Returns how many due jobs it saw (each was run by some node, or failed). */
    @Override
    public int run() {
        Set<String> seen = new HashSet<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Job> due = management.createJobQuery().tenantIdIn(tenant).executable().list().stream()
                    .filter(j -> !failed.contains(j.getId())).toList();
            due.stream().filter(j -> j.getExceptionMessage() != null).forEach(j -> {
                failed.add(j.getId());
                failures.add(j.getProcessDefinitionKey() + " job " + j.getId() + ": " + j.getExceptionMessage());
            });
            if (due.stream().allMatch(j -> failed.contains(j.getId()))) {
                return seen.size();
            }
            due.forEach(j -> seen.add(j.getId()));
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("jobs still due after " + timeout + ": " + due);
            }
            executors.forEach(JobExecutor::jobWasAdded);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /** The jobs that failed at least once: each a discrepancy of a cluster that should run every job once. */
    List<String> failures() {
        return failures;
    }
}
