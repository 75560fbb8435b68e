package id.regsosek.bench;

import id.regsosek.period.EnumerationPeriods;
import id.regsosek.period.PeriodProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The regency benchmark's period end: first the bare sample's visits closed as the engine alone does it (one thread,
 * each instance told by its execution id, 200 per transaction), then every other visit by the period's own close-out
 * (the timer's step here, then the planned parts of whole SLS on the job executor), with its progress each minute.
 */
@BenchmarkComponent
class RegencyCloseout {

    private static final int BARE_CHUNK = 200;

    record Figures(long bare, double bareRate, long ours, double oursRate, long open, long failed) {
    }

    private final RuntimeService runtime;
    private final ManagementService management;
    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final EnumerationPeriods periods;
    private final TransactionTemplate tx;

    RegencyCloseout(RuntimeService runtime, ManagementService management, ProcessEngine engine, JdbcTemplate jdbc,
                    TransactionTemplate tx, EnumerationPeriods periods) {
        this.periods = periods;
        this.runtime = runtime;
        this.management = management;
        this.engine = engine;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    Figures run(List<Long> bareSls, Duration limit) throws InterruptedException {
        // The bare instances have no family_visit row, so the period's close-out would not see them: close them first.
        List<String> bare = new java.util.ArrayList<>();
        for (long sls : bareSls) {
            bare.addAll(jdbc.queryForList("select e.execution_id_ from family f join act_ru_execution p on"
                    + " p.business_key_ = cast(f.id as varchar(64)) join act_ru_execution x on x.proc_inst_id_ = p.id_"
                    + " join act_ru_event_subscr e on e.execution_id_ = x.id_ and e.event_name_ = ? where f.sls_id = ?",
                    String.class, PeriodProcess.MESSAGE_PERIOD_ENDED, sls));
        }
        long t0 = System.nanoTime();
        for (int from = 0; from < bare.size(); from += BARE_CHUNK) {
            List<String> part = bare.subList(from, Math.min(from + BARE_CHUNK, bare.size()));
            tx.executeWithoutResult(s -> part.forEach(e -> runtime.messageEventReceived(
                    PeriodProcess.MESSAGE_PERIOD_ENDED, e)));
        }
        double bareRate = bare.size() / Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
        System.out.printf("closeout: bare engine, one thread, one by one: %,d visits, %.0f visits/s%n", bare.size(),
                bareRate);

        JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (!jobs.isActive()) {
            jobs.start();
        }
        ProcessInstance period = runtime.createProcessInstanceQuery().processDefinitionKey(PeriodProcess.KEY)
                .processInstanceBusinessKey(DemoFrame.REGENCY).active().singleResult();
        String timer = management.createJobQuery().processInstanceId(period.getId())
                .activityId(PeriodProcess.TIMER_PERIOD_END).singleResult().getId();
        long before = closedOut();
        t0 = System.nanoTime();
        management.executeJob(timer);
        Instant deadline = Instant.now().plus(limit);
        Instant report = Instant.now().plusSeconds(60);
        while (runtime.createProcessInstanceQuery().processInstanceId(period.getId()).count() > 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            if (Instant.now().isAfter(report)) {
                report = report.plusSeconds(60);
                long done = closedOut() - before;
                System.out.printf("closeout: %,d visits closed in %.0f s (%.0f /s)%n", done,
                        (System.nanoTime() - t0) / 1e9, done / ((System.nanoTime() - t0) / 1e9));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long ours = closedOut() - before;
        long open = runtime.createEventSubscriptionQuery().eventName(PeriodProcess.MESSAGE_PERIOD_ENDED)
                .tenantIdIn(DemoFrame.REGENCY).count();
        long failed = management.createJobQuery().tenantIdIn(DemoFrame.REGENCY).withException().count();
        return new Figures(bare.size(), bareRate, ours, ours / seconds, open, failed);
    }

    private long closedOut() {
        return periods.closedOut(DemoFrame.REGENCY);
    }
}
