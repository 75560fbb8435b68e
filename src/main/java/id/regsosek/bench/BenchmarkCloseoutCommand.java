package id.regsosek.bench;

import id.regsosek.common.CliCommand;
import id.regsosek.period.EnumerationPeriods;
import id.regsosek.period.PeriodProcess;
import id.regsosek.visit.VisitProcess;
import id.regsosek.visit.VisitSettings;
import id.regsosek.visit.VisitStarter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.ApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code benchmark-closeout --scratch-database-ok [--visits=20000] [--sls-size=250] [--chunk=200]} on a scratch
 * database (the postgres profile), with the job executor on: starts N open visits of the household-visit BPMN the
 * bare way and N through our starter, then closes the first N as the engine alone would (one thread, each instance
 * told by its execution id, 200 per transaction, as the close-out did before issue 14) and the other N by our
 * period's close-out (planned parts of whole SLS, run by the job executor side by side). Prints both rates and the
 * ratio. A regency holds about 1,000,000 visits (--visits=1000000 on a machine with the disk for it).
 */
@BenchmarkComponent
public class BenchmarkCloseoutCommand implements CliCommand {

    private static final int BARE_CHUNK = 200;

    private final BenchmarkFixtures fixtures;
    private final VisitStarter starter;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final VisitSettings settings;
    private final JdbcTemplate jdbc;
    private final EnumerationPeriods periods;
    private final TransactionTemplate tx;
    private final ProcessEngine engine;

    public BenchmarkCloseoutCommand(BenchmarkFixtures fixtures, VisitStarter starter, RuntimeService runtime,
                                    ManagementService management, VisitSettings settings, JdbcTemplate jdbc,
                                    PlatformTransactionManager transactions, ProcessEngine engine,
                                    EnumerationPeriods periods) {
        this.periods = periods;
        this.engine = engine;
        this.fixtures = fixtures;
        this.starter = starter;
        this.runtime = runtime;
        this.management = management;
        this.settings = settings;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public String name() {
        return "benchmark-closeout";
    }

    @Override
    public String usage() {
        return "benchmark-closeout --scratch-database-ok [--visits=20000] [--sls-size=250] [--chunk=200]";
    }

    @Override
    public int run(ApplicationArguments args) throws Exception {
        if (!args.containsOption("scratch-database-ok")) {
            throw new IllegalArgumentException("it writes families and officers and ends the regency's period: run it"
                    + " on a scratch database and say so with --scratch-database-ok");
        }
        int n = Integer.parseInt(CliCommand.optional(args, "visits", "20000"));
        int slsSize = Integer.parseInt(CliCommand.optional(args, "sls-size", "250"));
        int chunk = Integer.parseInt(CliCommand.optional(args, "chunk", "200"));
        // A command runs before the application is ready, when the starter would start the job executor: start it.
        JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (!jobs.isActive()) {
            jobs.start();
        }
        String run = "c" + System.currentTimeMillis() % 100000000L;
        BenchmarkFixtures.Setup bare = fixtures.prepare(run + "b", n, slsSize);
        BenchmarkFixtures.Setup ours = fixtures.prepare(run + "o", n, slsSize);
        for (int i = 0; i < ours.slsIds().size(); i++) {
            starter.startVisitsForSls(ours.slsIds().get(i));
            bareStart(bare, bare.familiesOf(bare.slsIds().get(i)));
        }
        ProcessInstance period = runtime.createProcessInstanceQuery().processDefinitionKey(PeriodProcess.KEY)
                .processInstanceBusinessKey(bare.regency()).active().singleResult();
        runtime.setVariable(period.getId(), PeriodProcess.CLOSE_CHUNK, chunk);
        System.out.printf("closeout: %d + %d open visits started in %d + %d SLS%n", n, n, bare.slsIds().size(),
                ours.slsIds().size());

        double bareRate = bareCloseOut(bare);
        System.out.printf("closeout: bare engine, one thread, one by one: %.0f visits/s%n", bareRate);

        long before = closedOut(bare.regency());
        String timer = management.createJobQuery().processInstanceId(period.getId())
                .activityId(PeriodProcess.TIMER_PERIOD_END).singleResult().getId();
        long t0 = System.nanoTime();
        // The timer's step (mark the period closing) runs here; from then on the job executor does the rest.
        management.executeJob(timer);
        Instant deadline = Instant.now().plus(Duration.ofHours(3));
        while (runtime.createProcessInstanceQuery().processInstanceId(period.getId()).count() > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the close-out did not end within 3 hours");
            }
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long closed = closedOut(bare.regency()) - before;
        double oursRate = closed / seconds;
        System.out.printf("closeout: ours, period close-out (parts of %d, job executor): %d visits in %.1f s = %.0f"
                + " visits/s, ours/bare %.2f%n", chunk, closed, seconds, oursRate, oursRate / bareRate);
        System.out.printf("closeout: a regency of 1,000,000 open visits: ours %.0f min, bare %.0f min%n",
                1_000_000 / oursRate / 60, 1_000_000 / bareRate / 60);
        long open = runtime.createEventSubscriptionQuery().eventName(PeriodProcess.MESSAGE_PERIOD_ENDED)
                .tenantIdIn(bare.regency()).count();
        long failed = management.createJobQuery().tenantIdIn(bare.regency()).withException().count();
        System.out.printf("closeout: %d open visits left, %d failed jobs%n", open, failed);
        return closed >= n && open == 0 && failed == 0 ? 0 : 1;
    }

    /** The bare engine's close-out of the instances: each told by its execution id, 200 per transaction. */
    private double bareCloseOut(BenchmarkFixtures.Setup bare) {
        List<String> executions = new ArrayList<>();
        for (long f : bare.familyIds()) {
            executions.add(runtime.createEventSubscriptionQuery().eventName(PeriodProcess.MESSAGE_PERIOD_ENDED)
                    .processInstanceId(runtime.createProcessInstanceQuery().processDefinitionKey(VisitProcess.KEY)
                            .processInstanceBusinessKey(String.valueOf(f)).singleResult().getId())
                    .singleResult().getExecutionId());
        }
        long t0 = System.nanoTime();
        for (int from = 0; from < executions.size(); from += BARE_CHUNK) {
            List<String> part = executions.subList(from, Math.min(from + BARE_CHUNK, executions.size()));
            tx.executeWithoutResult(s -> part.forEach(e -> runtime.messageEventReceived(
                    PeriodProcess.MESSAGE_PERIOD_ENDED, e)));
        }
        return executions.size() / ((System.nanoTime() - t0) / 1e9);
    }

    private long closedOut(String regency) {
        return periods.closedOut(regency);
    }

    private void bareStart(BenchmarkFixtures.Setup bare, List<Long> families) {
        int size = settings.startChunk();
        for (int from = 0; from < families.size(); from += size) {
            List<Long> part = families.subList(from, Math.min(from + size, families.size()));
            tx.executeWithoutResult(s -> part.forEach(f -> runtime.startProcessInstanceByKey(VisitProcess.KEY,
                    String.valueOf(f), bare.variables(f, settings))));
        }
    }
}
