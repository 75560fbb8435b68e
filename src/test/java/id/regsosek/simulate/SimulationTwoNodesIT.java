package id.regsosek.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.support.PostgresTest;
import id.regsosek.support.SecondNode;
import id.regsosek.visit.VisitProcess;
import id.regsosek.visit.VisitSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operation simulation on a cluster: two application nodes (two contexts, each with its job executor) on one
 * PostgreSQL database. The field's officers are split over both nodes' ports (officer i on node i mod 2); every
 * timer and async job runs on whichever node's executor takes it. The simulation's own accounting finds nothing,
 * every attempt a PPL was answered for is recorded exactly once, and every job ran once: none failed, none is
 * left, no timer fired twice. Prints the history rows per family that the README's sizing uses.
 */
class SimulationTwoNodesIT extends PostgresTest {

    /** Kota Bekasi, one village: ten SLS of 150 expected families (6 PPL, 2 PML), 24 prelist families each. */
    static final String REGENCY = "32.75";
    static final String AREA = "src/test/resources/simulate/";

    @Autowired
    SimulationSetup setup;
    @Autowired
    Accounting accounting;
    @Autowired
    BareSample bareSample;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;
    @Autowired
    VisitSettings visits;
    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Test
    void aVillageWorkedThroughTwoNodesIsAccountedForAndEveryJobRanOnce() throws Exception {
        SimulationOptions o = SimulationOptions.of(new DefaultApplicationArguments("--regency=" + REGENCY,
                "--seed=11", "--clients=4", "--period-days=5", "--families-per-sls=24", "--rate-not-home=0.3",
                "--rate-refusal=0.08", "--rate-moved=0.05", "--rate-new-family=0.05", "--rate-return=0.08",
                "--rate-hard-to-reach=0.05", "--bare-sample=300", "--area-dir=" + AREA + "village", "--sls-file=" + AREA
                        + "two-nodes/sls.csv"));
        SimulationRun run = new SimulationRun(o, setup, accounting, bareSample, management, runtime, jdbc, environment,
                visits.zone());
        int exit;
        long[] jobsByNode = new long[2];
        try (SecondNode node2 = SecondNode.start()) {
            List<ProcessEngineConfigurationImpl> nodes = List.of(engine,
                    node2.bean(ProcessEngineConfigurationImpl.class));
            var executors = nodes.stream().map(ProcessEngineConfigurationImpl::getJobExecutor).toList();
            assertThat(executors).allMatch(e -> e.isActive());
            long[] before = {jobsRun(nodes.get(0)), jobsRun(nodes.get(1))};
            run.cluster(List.of(node2.port()), new ExecutorJobs(management, REGENCY, executors,
                    Duration.ofSeconds(90)));
            exit = run.runToEnd();
            jobsByNode[0] = jobsRun(nodes.get(0)) - before[0];
            jobsByNode[1] = jobsRun(nodes.get(1)) - before[1];
        }
        System.out.printf("two nodes: requests %d / %d, jobs run %d / %d%n", run.fieldNodes.get(0).requests.get(),
                run.fieldNodes.get(1).requests.get(), jobsByNode[0], jobsByNode[1]);
        // Both nodes worked: PPL and PML on each (the one Koseka and the office on the first), jobs on each.
        assertThat(run.pml).hasSize(2);
        assertThat(run.fieldNodes).hasSize(2).allMatch(n -> n.requests.get() > 0);
        assertThat(jobsByNode[0]).as("jobs run by the first node").isPositive();
        assertThat(jobsByNode[1]).as("jobs run by the second node").isPositive();

        assertThat(run.discrepancies).isEmpty();
        assertThat(exit).isZero();
        assertThat(run.field.events.get("attempt-code-1")).isNotNull();

        // Attempts: each answered one recorded once, none lost, none twice; per family as many as its
        // behaviour made the PPL send.
        Map<Long, Integer> recorded = new HashMap<>();
        jdbc.query("select a.family_id, count(*), count(distinct a.client_attempt_id) from visit_attempt a join"
                + " family f on f.id = a.family_id join sls s on s.id = f.sls_id where s.regency_code = ? group by"
                + " a.family_id", rs -> {
                    assertThat(rs.getInt(3)).as("family %d: distinct client attempt ids", rs.getLong(1))
                            .isEqualTo(rs.getInt(2));
                    recorded.put(rs.getLong(1), rs.getInt(2));
                }, REGENCY);
        Map<Long, Integer> sent = new HashMap<>();
        run.field.attemptsSent.forEach((family, n) -> sent.put(family, n.get()));
        assertThat(recorded).isNotEmpty().isEqualTo(sent);

        // Every job ran once: none left for the regency, none failed or out of retries, no incident; every timer
        // activity instance of the regency ended and none twice for one token.
        // (The village forums are held, so none waits for its late reminder any more. The reserves the campaign did not
        // call stay on its list until their validity ends, months later: their timers are the only jobs left.)
        assertThat(management.createJobQuery().tenantIdIn(REGENCY).list()).allSatisfy(j -> assertThat(management
                .createJobDefinitionQuery().jobDefinitionId(j.getJobDefinitionId()).singleResult().getActivityId())
                .isEqualTo(RecruitmentProcess.TIMER_RESERVE_END));
        assertThat(management.createJobQuery().tenantIdIn(REGENCY).count()).isEqualTo(jdbc.queryForObject("select"
                + " count(*) from officer_candidate where campaign_key = ? and status = 'RESERVE'", Long.class,
                SimRecruitment.campaign(REGENCY, 11)));
        assertThat(management.createJobQuery().tenantIdIn(REGENCY).withException().list()).isEmpty();
        assertThat(runtime.createIncidentQuery().tenantIdIn(REGENCY).list()).isEmpty();
        List<Map<String, Object>> timers = jdbc.queryForList("select act_id_, count(*) n, count(end_time_) ended,"
                + " count(distinct execution_id_ || '|' || start_time_) tokens from act_hi_actinst where tenant_id_ ="
                + " ? and act_type_ in ('intermediateTimer', 'boundaryTimer', 'startTimerEvent') group by act_id_",
                REGENCY);
        assertThat(timers).extracting(t -> t.get("act_id_")).contains("Timer_Revisit", "Timer_PeriodEnd");
        for (Map<String, Object> t : timers) {
            if (RecruitmentProcess.TIMER_RESERVE_END.equals(t.get("act_id_"))) {
                continue;
            }
            assertThat(t.get("ended")).as("%s ended", t).isEqualTo(t.get("n"));
            assertThat(t.get("tokens")).as("%s once per token", t).isEqualTo(t.get("n"));
        }
        // The bare engine's sample ran beside it (on whichever node's executor its PML notice ran) and left nothing:
        // no SLS, family, visit or history of its own.
        assertThat(run.bare.visits()).isEqualTo(300);
        assertThat(run.bare.startRate()).isPositive();
        assertThat(run.bare.closeRate()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from sls where regency_code = ? and sls_code = ?", Long.class,
                REGENCY, BareSampleArea.SLS_NUMBER)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst p where p.tenant_id_ = ? and"
                + " p.proc_def_key_ = ? and not exists (select 1 from family f where cast(f.id as varchar(64)) ="
                + " p.business_key_)", Long.class, REGENCY, VisitProcess.KEY)).as("visits of no family").isZero();
        printHistoryPerFamily();
    }

    /** Jobs the node's engine ran successfully, as its metrics report them (reported now). */
    private long jobsRun(ProcessEngineConfigurationImpl node) {
        node.getDbMetricsReporter().reportNow();
        return management.createMetricsQuery().name(Metrics.JOB_SUCCESSFUL).reporter(node.getDbMetricsReporter()
                .getMetricsCollectionTask().getReporter()).sum();
    }

    /** Rows of the engine's history tables per family of the regency (all its processes), for the sizing. */
    private void printHistoryPerFamily() {
        long families = jdbc.queryForObject("select count(*) from family f join sls s on s.id = f.sls_id where"
                + " s.regency_code = ?", Long.class, REGENCY);
        for (String table : List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst",
                "act_hi_identitylink", "act_hi_comment", "act_hi_detail")) {
            long rows = jdbc.queryForObject("select count(*) from " + table + (table.equals("act_hi_comment")
                    ? " c join act_hi_procinst p on p.proc_inst_id_ = c.proc_inst_id_ where p.tenant_id_ = ?"
                    : " where tenant_id_ = ?"), Long.class, REGENCY);
            System.out.printf("history %-20s %7d rows, %.1f per family (%d families)%n", table, rows,
                    rows / (double) families, families);
        }
    }
}
