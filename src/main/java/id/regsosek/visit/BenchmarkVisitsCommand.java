package id.regsosek.visit;

import id.regsosek.common.CliCommand;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegsosekUser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code benchmark-visits --families=N [--clients=32] [--sls-size=250]}: on the configured database (use the
 * postgres profile) starts N visits through {@link VisitStarter} and N instances of the same BPMN straight on the
 * engine, reports N visits through {@link FieldVisitService} (what the REST endpoint calls, with the PPL's
 * engine authentication) and completes N bare tasks, from the same number of client threads, then times the
 * PPL's and PML's task list (first page + count) with every open task present. Prints the figures.
 */
@Component
public class BenchmarkVisitsCommand implements CliCommand {

    private final BenchmarkFixtures fixtures;
    private final VisitStarter starter;
    private final FieldVisitService visits;
    private final VisitQueries queries;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final VisitSettings settings;
    private final TransactionTemplate tx;

    public BenchmarkVisitsCommand(BenchmarkFixtures fixtures, VisitStarter starter, FieldVisitService visits,
                                  VisitQueries queries, RuntimeService runtime, TaskService tasks,
                                  IdentityService identity, VisitSettings settings,
                                  PlatformTransactionManager transactions) {
        this.fixtures = fixtures;
        this.starter = starter;
        this.visits = visits;
        this.queries = queries;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public String name() {
        return "benchmark-visits";
    }

    @Override
    public String usage() {
        return "benchmark-visits --families=N [--clients=32] [--sls-size=250]";
    }

    @Override
    public int run(ApplicationArguments args) throws Exception {
        int n = Integer.parseInt(CliCommand.required(args, "families"));
        int clients = Integer.parseInt(CliCommand.optional(args, "clients", "32"));
        int slsSize = Integer.parseInt(CliCommand.optional(args, "sls-size", "250"));
        String run = "b" + System.currentTimeMillis() % 100000000L;
        BenchmarkFixtures.Setup ours = fixtures.prepare(run + "a", n, slsSize);
        BenchmarkFixtures.Setup bare = fixtures.prepare(run + "b", n, slsSize);

        // Ours and the bare engine take turns, one SLS each, so neither gets the JIT warm-up or a quieter moment.
        long oursNanos = 0;
        long bareNanos = 0;
        for (int i = 0; i < ours.slsIds().size(); i++) {
            long t0 = System.nanoTime();
            starter.startVisitsForSls(ours.slsIds().get(i));
            oursNanos += System.nanoTime() - t0;
            t0 = System.nanoTime();
            bareStart(bare, bare.familiesOf(bare.slsIds().get(i)));
            bareNanos += System.nanoTime() - t0;
        }
        double oursStart = n / (oursNanos / 1e9);
        double bareStartRate = n / (bareNanos / 1e9);
        System.out.printf("start   : ours %.0f families/s, bare engine %.0f instances/s, ratio %.2f%n", oursStart,
                bareStartRate, oursStart / bareStartRate);

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        oursNanos = 0;
        bareNanos = 0;
        for (int i = 0; i < ours.slsIds().size(); i++) {
            long t0 = System.nanoTime();
            parallel(ours.familiesOf(ours.slsIds().get(i)), clients, f -> report(ours, f, latencies));
            oursNanos += System.nanoTime() - t0;
            t0 = System.nanoTime();
            parallel(bare.familiesOf(bare.slsIds().get(i)), clients, this::bareComplete);
            bareNanos += System.nanoTime() - t0;
        }
        double oursDone = n / (oursNanos / 1e9);
        double bareDone = n / (bareNanos / 1e9);
        System.out.printf("report  : ours %.0f visits/s (p50 %.0f ms, p99 %.0f ms, %d clients), bare engine %.0f"
                        + " completions/s, ratio %.2f%n", oursDone, pct(latencies, 50), pct(latencies, 99), clients,
                bareDone, oursDone / bareDone);

        long open = tasks.createTaskQuery().count();
        List<Long> ppl = new ArrayList<>();
        List<Long> pml = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long s = System.nanoTime();
            queries.tasksOf(bare.ppl().get(i % bare.ppl().size()).userId(), 0, 50);
            ppl.add(System.nanoTime() - s);
            s = System.nanoTime();
            queries.tasksOf(ours.pml().get(i % ours.pml().size()).userId(), 0, 50);
            pml.add(System.nanoTime() - s);
        }
        System.out.printf("tasklist: %d open tasks; PPL first page + count p95 %.1f ms; PML p95 %.1f ms%n", open,
                pct(ppl, 95), pct(pml, 95));
        System.out.printf("settings: periodEnd %s, max attempt-days %d%n", settings.periodEnd(),
                settings.maxAttemptDays());
        return 0;
    }

    private void report(BenchmarkFixtures.Setup ours, long f, List<Long> latencies) {
        long s = System.nanoTime();
        BenchmarkFixtures.Officer ppl = ours.pplOf(f);
        // What the REST request does: our login (security context) and the engine authentication.
        RegsosekUser user = new RegsosekUser(ppl.userId(), List.of(Groups.PPL), List.of(ours.regency()));
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, List.of()));
        identity.setAuthentication(user.userId(), user.groups(), user.tenantIds());
        try {
            visits.reportAttempt(f, new VisitApi.AttemptRequest("bench-" + f, null, 5, null, null));
        } finally {
            identity.clearAuthentication();
            SecurityContextHolder.clearContext();
        }
        latencies.add(System.nanoTime() - s);
    }

    private void bareComplete(long f) {
        tx.executeWithoutResult(s -> {
            String task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(f))
                    .taskDefinitionKey(VisitProcess.TASK_VISIT).singleResult().getId();
            tasks.complete(task, Map.of(VisitProcess.RESULT_CODE, 5, VisitProcess.CLIENT_ATTEMPT_ID, "bare-" + f));
        });
    }

    private void bareStart(BenchmarkFixtures.Setup bare, List<Long> families) {
        int chunk = VisitStarter.CHUNK;
        for (int from = 0; from < families.size(); from += chunk) {
            List<Long> part = families.subList(from, Math.min(from + chunk, families.size()));
            tx.executeWithoutResult(s -> {
                for (long f : part) {
                    runtime.startProcessInstanceByKey(VisitProcess.KEY, String.valueOf(f), bare.variables(f,
                            settings));
                }
            });
        }
    }

    private static void parallel(List<Long> ids, int clients, LongConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (long id : ids) {
                futures.add(pool.submit(() -> work.accept(id)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double pct(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }
}
