package id.regsosek.period;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.support.PeriodRegency;
import id.regsosek.support.PostgresTest;
import id.regsosek.support.TestMail;
import id.regsosek.visit.VisitFixtures;
import id.regsosek.visit.VisitStarter;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measurement, on PostgreSQL with the job executor on (opt-in: -Dmeasure.period=true, with -Dmeasure.families=N,
 * default 5000): how long the admin's move takes with N open visits, and how fast the period's end closes them.
 */
@EnabledIfSystemProperty(named = "measure.period", matches = "true")
class PeriodCloseOutMeasureIT extends PostgresTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

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

    @Test
    void movingTheEndIsOneStepAndTheEndClosesEveryOpenVisit() throws Exception {
        int families = Integer.getInteger("measure.families", 5000);
        int perSls = 500;
        PeriodRegency.ensure(imports, users);
        VisitFixtures fixtures = new VisitFixtures(jdbc, users, PeriodRegency.CODE);
        long t0 = System.nanoTime();
        for (int done = 0; done < families; done += perSls) {
            VisitFixtures.Team team = fixtures.team("measure");
            fixtures.families(team, Math.min(perSls, families - done));
            starter.startVisitsForSls(team.slsId());
        }
        double startS = (System.nanoTime() - t0) / 1e9;
        long open = runtime.createEventSubscriptionQuery().eventName(PeriodProcess.MESSAGE_PERIOD_ENDED)
                .tenantIdIn(PeriodRegency.CODE).count();
        assertThat(open).isGreaterThanOrEqualTo(families);
        ProcessInstance period = runtime.createProcessInstanceQuery().processDefinitionKey(PeriodProcess.KEY)
                .processInstanceBusinessKey(PeriodRegency.CODE).singleResult();

        var admin = http(PeriodRegency.ADMIN, PeriodRegency.PASSWORD);
        long[] moveMs = new long[5];
        for (int i = 0; i < moveMs.length; i++) {
            LocalDate end = jdbc.queryForObject("select period_end from enumeration_period where regency_code = ?",
                    Date.class, PeriodRegency.CODE).toLocalDate().plusDays(1);
            long s = System.nanoTime();
            HttpResponse<String> r = admin.putJson("/api/period/" + PeriodRegency.CODE + "/end",
                    "{\"end\":\"" + end + "\"}");
            moveMs[i] = (System.nanoTime() - s) / 1_000_000;
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }

        Job timer = management.createJobQuery().processInstanceId(period.getId())
                .activityId(PeriodProcess.TIMER_PERIOD_END).singleResult();
        long closedBefore = jdbc.queryForObject("select closed_out from enumeration_period where regency_code = ?",
                Long.class, PeriodRegency.CODE);
        long s = System.nanoTime();
        management.setJobDuedate(timer.getId(), java.util.Date.from(Instant.now().minusSeconds(1)));
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        while (!"CLOSED".equals(jdbc.queryForObject("select state from enumeration_period where regency_code = ?",
                String.class, PeriodRegency.CODE))) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(200);
        }
        double closeS = (System.nanoTime() - s) / 1e9;
        long closed = jdbc.queryForObject("select closed_out from enumeration_period where regency_code = ?",
                Long.class, PeriodRegency.CODE) - closedBefore;
        assertThat(closed).isEqualTo(open);
        assertThat(runtime.createEventSubscriptionQuery().eventName(PeriodProcess.MESSAGE_PERIOD_ENDED)
                .tenantIdIn(PeriodRegency.CODE).count()).isZero();
        assertThat(management.createJobQuery().withException().count()).isZero();
        System.out.printf("period measure: %d open visits (started in %.1f s, %.0f/s); move end %s ms;"
                + " close-out %.1f s = %.0f visits/s%n", open, startS, families / startS,
                java.util.Arrays.toString(moveMs), closeS, closed / closeS);
    }
}
