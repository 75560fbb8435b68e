package id.regsosek.bench;

import id.regsosek.common.CliCommand;
import id.regsosek.visit.VisitProcess;
import id.regsosek.visit.VisitSettings;
import id.regsosek.visit.VisitStarter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code benchmark-visits --families=N ...} on the configured database (the postgres profile, a scratch database):
 * starts N visits through {@link VisitStarter} and N instances of the same BPMN straight on the engine; reports the
 * visits through our REST API over HTTP (the command runs the web server on a free local port) and completes the
 * bare tasks on the engine, first with clients sending as fast as they can, then at a fixed pace; fills the read
 * model up to the open tasks of a regency and times a PPL's and a PML's task list over HTTP. Prints the figures.
 */
@BenchmarkComponent
public class BenchmarkVisitsCommand implements CliCommand {

    private final BenchmarkFixtures fixtures;
    private final VisitStarter starter;
    private final OpenTaskFiller filler;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final VisitSettings settings;
    private final JdbcTemplate jdbc;
    private final Environment environment;
    private final TaskListTiming timing;
    private final TransactionTemplate tx;

    public BenchmarkVisitsCommand(BenchmarkFixtures fixtures, VisitStarter starter, OpenTaskFiller filler, TaskListTiming timing,
                                  RuntimeService runtime, TaskService tasks, VisitSettings settings, JdbcTemplate jdbc,
                                  Environment environment, PlatformTransactionManager transactions) {
        this.fixtures = fixtures;
        this.starter = starter;
        this.filler = filler;
        this.timing = timing;
        this.runtime = runtime;
        this.tasks = tasks;
        this.settings = settings;
        this.jdbc = jdbc;
        this.environment = environment;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public String name() {
        return "benchmark-visits";
    }

    @Override
    public String usage() {
        return "benchmark-visits --scratch-database-ok --families=N [--clients=32] [--paced-families=N/2]"
                + " [--rate=50] [--open-tasks=1000000] [--sls-size=250]";
    }

    @Override
    public int run(ApplicationArguments args) throws Exception {
        if (!args.containsOption("scratch-database-ok")) {
            throw new IllegalArgumentException("it writes families, officers and filler tasks: run it on a scratch"
                    + " database and say so with --scratch-database-ok");
        }
        int n = Integer.parseInt(CliCommand.required(args, "families"));
        int clients = Integer.parseInt(CliCommand.optional(args, "clients", "32"));
        int paced = Integer.parseInt(CliCommand.optional(args, "paced-families", String.valueOf(n / 2)));
        double rate = Double.parseDouble(CliCommand.optional(args, "rate", "50"));
        long openTasks = Long.parseLong(CliCommand.optional(args, "open-tasks", "1000000"));
        int slsSize = Integer.parseInt(CliCommand.optional(args, "sls-size", "250"));
        String run = "b" + System.currentTimeMillis() % 100000000L;
        Setups fast = new Setups(run + "f", n, slsSize);
        Setups steady = new Setups(run + "s", paced, slsSize);
        BenchmarkHttp http = new BenchmarkHttp(environment.getRequiredProperty("local.server.port", Integer.class),
                environment.getProperty("camunda.bpm.process-engine-name", "default"), settings.zone());

        // Ours and the bare engine take turns, one SLS each, so neither gets the JIT warm-up or a quieter moment.
        double[] start = startInTurns(fast.ours, fast.bareJava, fast.bareRest);
        startInTurns(steady.ours, steady.bareJava, steady.bareRest);
        System.out.printf("start   : ours %.0f families/s, bare engine %.0f instances/s, ratio %.2f%n", start[0],
                start[1], start[0] / start[1]);

        List<Figures> closed = reportInTurns(fast.contenders(http, run), clients, 0);
        print("as fast as answered", clients, closed);
        List<Figures> steadyFigures = reportInTurns(steady.contenders(http, run), clients, rate);
        print(String.format("at %.0f reports/s", rate), clients, steadyFigures);
        long logged = jdbc.queryForObject("select count(*) from visit_attempt where client_attempt_id like ?",
                Long.class, run + "%");
        System.out.printf("attempts: %d logged for %d reports of ours%n", logged, n + paced);

        long added = filler.fillTo(BenchmarkFixtures.REGENCY, openTasks);
        timing.print(http, added);
        return logged == n + paced ? 0 : 1;
    }

    /** One run's families: ours, the bare engine driven in-process, the bare engine driven over its REST API. */
    private final class Setups {
        final BenchmarkFixtures.Setup ours;
        final BenchmarkFixtures.Setup bareJava;
        final BenchmarkFixtures.Setup bareRest;

        Setups(String tag, int families, int slsSize) throws java.io.IOException {
            ours = fixtures.prepare(tag + "o", families, slsSize);
            bareJava = fixtures.prepare(tag + "j", families, slsSize);
            bareRest = fixtures.prepare(tag + "r", families, slsSize);
        }

        List<Contender> contenders(BenchmarkHttp http, String run) {
            return List.of(new Contender("ours, our REST API", ours, f -> http.reportAttempt(ours.pplOf(f).userId(), f,
                            run + "-" + f)),
                    new Contender("bare engine, Java API", bareJava, BenchmarkVisitsCommand.this::bareComplete),
                    new Contender("bare engine, its REST API", bareRest, f -> http.bareReportAttempt(
                            bareRest.pplOf(f).userId(), f)));
        }
    }

    record Contender(String name, BenchmarkFixtures.Setup setup, LongConsumer report) {
    }

    record Figures(String name, double rate, double p50, double p99) {
    }

    private static void print(String load, int clients, List<Figures> figures) {
        Figures ours = figures.get(0);
        for (Figures f : figures) {
            System.out.printf("report  : %d clients %s: %-26s %4.0f reports/s, p50 %4.0f ms, p99 %5.0f ms%s%n",
                    clients, load, f.name(), f.rate(), f.p50(), f.p99(), f == ours ? ""
                            : String.format(", ours/this %.2f", ours.rate() / f.rate()));
        }
    }

    private double[] startInTurns(BenchmarkFixtures.Setup ours, BenchmarkFixtures.Setup bare,
                                  BenchmarkFixtures.Setup untimed) {
        long oursNanos = 0;
        long bareNanos = 0;
        for (int i = 0; i < ours.slsIds().size(); i++) {
            long t0 = System.nanoTime();
            starter.startVisitsForSls(ours.slsIds().get(i));
            oursNanos += System.nanoTime() - t0;
            t0 = System.nanoTime();
            bareStart(bare, bare.familiesOf(bare.slsIds().get(i)));
            bareNanos += System.nanoTime() - t0;
            bareStart(untimed, untimed.familiesOf(untimed.slsIds().get(i)));
        }
        return new double[] {ours.familyIds().size() / (oursNanos / 1e9), bare.familyIds().size() / (bareNanos / 1e9)};
    }

    private List<Figures> reportInTurns(List<Contender> contenders, int clients, double rate)
            throws Exception {
        List<List<Long>> latency = new ArrayList<>();
        long[] nanos = new long[contenders.size()];
        contenders.forEach(c -> latency.add(new ArrayList<>()));
        for (int i = 0; i < contenders.get(0).setup().slsIds().size(); i++) {
            for (int k = 0; k < contenders.size(); k++) {
                BenchmarkFixtures.Setup setup = contenders.get(k).setup();
                List<Long> ids = setup.familiesOf(setup.slsIds().get(i));
                long t0 = System.nanoTime();
                latency.get(k).addAll(rate > 0 ? BenchmarkLoad.paced(ids, clients, rate, contenders.get(k).report())
                        : BenchmarkLoad.closed(ids, clients, contenders.get(k).report()));
                nanos[k] += System.nanoTime() - t0;
            }
        }
        List<Figures> figures = new ArrayList<>();
        for (int k = 0; k < contenders.size(); k++) {
            figures.add(new Figures(contenders.get(k).name(), latency.get(k).size() / (nanos[k] / 1e9),
                    BenchmarkLoad.percentileMs(latency.get(k), 50), BenchmarkLoad.percentileMs(latency.get(k), 99)));
        }
        return figures;
    }

    private void bareComplete(long f) {
        tx.executeWithoutResult(s -> {
            String task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(f))
                    .taskDefinitionKey(VisitProcess.TASK_VISIT).singleResult().getId();
            tasks.complete(task, Map.of(VisitProcess.RESULT_CODE, 5, VisitProcess.CLIENT_ATTEMPT_ID, "bare-" + f));
        });
    }

    private void bareStart(BenchmarkFixtures.Setup bare, List<Long> families) {
        int chunk = settings.startChunk();
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
}
