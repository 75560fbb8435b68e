package id.regsosek.period;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.identity.TenantFromRegency;
import id.regsosek.support.IndexedColumns;
import id.regsosek.support.PeriodRegency;
import id.regsosek.support.PostgresTest;
import id.regsosek.support.TestMail;
import id.regsosek.visit.VisitFixtures;
import id.regsosek.visit.VisitProcess;
import id.regsosek.visit.VisitStarter;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The period's close-out on PostgreSQL with the job executor on (issue 14): a few thousand open visits over
 * several SLS, planned in parts of whole SLS that run side by side. Every open visit is closed exactly once through
 * its BPMN path, each SLS that became final tells its sign-off once (a probe instance per SLS waits for the message
 * twice) and its PML once, an SLS with a family still open is not told, and no job, incident or plan row is left.
 */
class PeriodCloseOutParallelIT extends PostgresTest {

    private static final int SLS = 8;
    private static final int PER_SLS = 150;
    private static final int CHUNK = 300;

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    DataSource dataSource;

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private FrameImports imports;
    @Autowired
    private RegencyUsers users;
    @Autowired
    private VisitStarter starter;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;
    @Autowired
    private RepositoryService repository;

    @Test
    void partsRunSideBySideAndCloseEveryOpenVisitOnceTellingEachSlsOnce() throws Exception {
        PeriodRegency.ensure(imports, users);
        VisitFixtures fixtures = new VisitFixtures(jdbc, users, PeriodRegency.CODE);
        if (repository.createProcessDefinitionQuery().processDefinitionKey("signoff-probe").count() == 0) {
            repository.createDeployment().name("signoff-probe")
                    .addClasspathResource("test-processes/signoff-probe.bpmn").deploy();
        }
        List<VisitFixtures.Team> teams = new ArrayList<>();
        List<String> probes = new ArrayList<>();
        for (int i = 0; i < SLS; i++) {
            VisitFixtures.Team team = fixtures.team("parallel");
            fixtures.families(team, PER_SLS);
            assertThat(starter.startVisitsForSls(team.slsId())).isEqualTo(PER_SLS);
            teams.add(team);
            probes.add(runtime.startProcessInstanceByKey("signoff-probe", team.slsCode(),
                    Map.of(TenantFromRegency.REGENCY_VARIABLE, PeriodRegency.CODE)).getId());
        }
        // The first SLS keeps a family that was never started: it is not final at the period's end.
        jdbc.update("insert into family (regency_code, sls_id, head_name, origin) values (?, ?, 'Belum dikunjungi',"
                + " 'PRELIST')", PeriodRegency.CODE, teams.get(0).slsId());
        String slsIn = teams.stream().map(t -> String.valueOf(t.slsId())).collect(Collectors.joining(","));
        int open = SLS * PER_SLS;

        ProcessInstance period = runtime.createProcessInstanceQuery().processDefinitionKey(PeriodProcess.KEY)
                .processInstanceBusinessKey(PeriodRegency.CODE).active().singleResult();
        runtime.setVariable(period.getId(), PeriodProcess.CLOSE_CHUNK, CHUNK);
        long closedBefore = jdbc.queryForObject("select closed_out from enumeration_period where regency_code = ?",
                Long.class, PeriodRegency.CODE);
        Job timer = management.createJobQuery().processInstanceId(period.getId())
                .activityId(PeriodProcess.TIMER_PERIOD_END).singleResult();
        management.setJobDuedate(timer.getId(), java.util.Date.from(Instant.now().minusSeconds(1)));
        long s = System.nanoTime();
        waitUntil(() -> runtime.createProcessInstanceQuery().processInstanceId(period.getId()).count() == 0,
                "the period instance ended");
        double seconds = (System.nanoTime() - s) / 1e9;
        // The PML's mails are queued by an async step of the SLS's last visit.
        waitUntil(() -> count("select count(*) from act_ru_job j join family_visit v on v.process_instance_id ="
                + " j.process_instance_id_ where v.sls_id in (" + slsIn + ")") == 0, "every visit's job done");

        assertThat(count("select count(*) from family_visit v join family f on f.id = v.family_id where v.sls_id in ("
                + slsIn + ") and v.closed_out and f.result_code = 3")).isEqualTo(open);
        assertThat(count("select count(*) from act_ru_execution x join family_visit v on v.process_instance_id ="
                + " x.proc_inst_id_ where v.sls_id in (" + slsIn + ")")).as("every visit ended").isZero();
        assertThat(count("select count(*) from act_hi_actinst h join family_visit v on v.process_instance_id ="
                + " h.proc_inst_id_ where v.sls_id in (" + slsIn + ") and h.act_id_ = '" + VisitProcess.TASK_CLOSE_OUT
                + "'")).as("each visit closed out once, through its BPMN path").isEqualTo(open);
        assertThat(jdbc.queryForObject("select closed_out from enumeration_period where regency_code = ?",
                Long.class, PeriodRegency.CODE) - closedBefore).isEqualTo(open);
        for (int i = 0; i < SLS; i++) {
            long notified = count("select count(*) from act_hi_actinst h join family_visit v on"
                    + " v.process_instance_id = h.proc_inst_id_ where v.sls_id = " + teams.get(i).slsId()
                    + " and h.act_id_ = '" + VisitProcess.TASK_NOTIFY_CLOSE_OUT + "'");
            long told = count("select count(*) from act_hi_actinst where proc_inst_id_ = '" + probes.get(i)
                    + "' and act_id_ = 'Catch_FirstTell' and end_time_ is not null");
            long toldTwice = count("select count(*) from act_hi_actinst where proc_inst_id_ = '" + probes.get(i)
                    + "' and act_id_ = 'Catch_SecondTell' and end_time_ is not null");
            int expected = i == 0 ? 0 : 1;
            assertThat(told).as("sign-off of SLS %d told", i).isEqualTo(expected);
            assertThat(toldTwice).as("sign-off of SLS %d told twice", i).isZero();
            assertThat(notified).as("PML of SLS %d told", i).isEqualTo(expected);
        }
        assertThat(count("select count(*) from period_closeout_item where regency_code = '" + PeriodRegency.CODE
                + "'")).isZero();
        assertThat(count("select count(*) from period_closeout_tally where regency_code = '" + PeriodRegency.CODE
                + "'")).as("the parts' counts taken into the period's row").isZero();
        // The engine's lookups at a task's end and at each authorization check have their index on PostgreSQL too.
        assertThat(IndexedColumns.of(dataSource, "act_ru_task")).contains("parent_task_id_");
        assertThat(IndexedColumns.of(dataSource, "act_ru_authorization")).contains("user_id_");
        assertThat(management.createJobQuery().processInstanceId(period.getId()).count()).isZero();
        assertThat(management.createJobQuery().tenantIdIn(PeriodRegency.CODE).withException().count()).isZero();
        assertThat(runtime.createIncidentQuery().tenantIdIn(PeriodRegency.CODE).count()).isZero();

        // The parts ran side by side: at least two part steps overlap in time.
        List<Timestamp[]> parts = jdbc.query("select start_time_, end_time_ from act_hi_actinst where proc_inst_id_ = ?"
                + " and act_id_ = ? order by start_time_", (rs, i) -> new Timestamp[] {rs.getTimestamp(1),
                rs.getTimestamp(2)}, period.getId(), PeriodProcess.TASK_CLOSE_OPEN_VISITS);
        assertThat(parts).hasSizeGreaterThanOrEqualTo(SLS * PER_SLS / CHUNK);
        boolean overlap = false;
        for (int i = 1; i < parts.size(); i++) {
            overlap |= parts.get(i)[0].before(parts.get(i - 1)[1]);
        }
        assertThat(overlap).as("parts overlapping in time").isTrue();
        System.out.printf("parallel close-out: %d open visits in %d parts, %.1f s = %.0f visits/s%n", open,
                parts.size(), seconds, open / seconds);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static void waitUntil(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (!done.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            Thread.sleep(200);
        }
    }
}
