package id.regsosek.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.regsosek.frame.FrameImports;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.support.AppTest;
import id.regsosek.support.Http;
import id.regsosek.support.PeriodRegency;
import id.regsosek.visit.VisitFixtures;
import id.regsosek.visit.VisitProcess;
import id.regsosek.visit.VisitStarter;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The regency's enumeration-period instance: started once with its first visits, its timer at the end of the
 * period's last day, moved by the regency admin (the message path loops back and sets the timer anew, the visits
 * stay as they are), and the admin's move refused when it cannot be right.
 */
class EnumerationPeriodProcessTest extends AppTest {

    @Autowired
    private ProcessEngine engine;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private FrameImports imports;
    @Autowired
    private RegencyUsers users;
    @Autowired
    private VisitStarter starter;
    @Autowired
    private PeriodStarter periodStarter;
    @Autowired
    private PeriodSettings settings;

    private VisitFixtures fixtures;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        PeriodRegency.ensure(imports, users);
        fixtures = new VisitFixtures(jdbc, users, PeriodRegency.CODE);
    }

    private ProcessInstance startVisits(int families) {
        VisitFixtures.Team team = fixtures.team("period");
        fixtures.families(team, families);
        assertThat(starter.startVisitsForSls(team.slsId())).isEqualTo(families);
        return runtime.createProcessInstanceQuery().processDefinitionKey(PeriodProcess.KEY)
                .processInstanceBusinessKey(PeriodRegency.CODE).singleResult();
    }

    private Job timer(ProcessInstance period) {
        return management.createJobQuery().processInstanceId(period.getId())
                .activityId(PeriodProcess.TIMER_PERIOD_END).singleResult();
    }

    private LocalDate end() {
        return jdbc.queryForObject("select period_end from enumeration_period where regency_code = ?", Date.class,
                PeriodRegency.CODE).toLocalDate();
    }

    @Test
    void theFirstVisitsStartOnePeriodInstanceWhoseTimerEndsTheLastDay() {
        ProcessInstance period = startVisits(2);
        startVisits(1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PeriodProcess.KEY)
                .processInstanceBusinessKey(PeriodRegency.CODE).count()).isEqualTo(1);
        assertThat(periodStarter.ensureRunning(PeriodRegency.CODE)).isEqualTo(period.getId());
        assertThat(period.getTenantId()).isEqualTo(PeriodRegency.CODE);
        assertThat(period).isWaitingAt(PeriodProcess.GATEWAY_WAIT).hasPassed(PeriodProcess.TASK_READ_PERIOD_END);
        assertThat(timer(period).getDuedate()).isEqualTo(settings.endMoment(end()));
        assertThat(end()).isAfterOrEqualTo(settings.today());
    }

    @Test
    void theAdminMovesTheEndAndTheTimerFollowsWhileTheVisitsWait() throws Exception {
        ProcessInstance period = startVisits(2);
        String visit = runtime.createProcessInstanceQuery().processDefinitionKey(VisitProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(jdbc.queryForObject("select max(family_id) from"
                        + " family_visit where regency_code = ?", Long.class, PeriodRegency.CODE))).singleResult().getId();
        LocalDate newEnd = end().plusDays(7);
        Http admin = new Http("http://localhost:" + port, PeriodRegency.ADMIN, PeriodRegency.PASSWORD);
        HttpResponse<String> moved = admin.putJson("/api/period/" + PeriodRegency.CODE + "/end",
                "{\"end\":\"" + newEnd + "\",\"reason\":\"Perpanjangan: banjir di Melong\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(moved.body()).contains("\"end\":\"" + newEnd + "\"", "\"state\":\"OPEN\"", "banjir di Melong");

        assertThat(end()).isEqualTo(newEnd);
        assertThat(period).isWaitingAt(PeriodProcess.GATEWAY_WAIT).hasPassed(PeriodProcess.EVENT_PERIOD_MOVED);
        assertThat(timer(period).getDuedate()).isEqualTo(settings.endMoment(newEnd));
        assertThat(jdbc.queryForObject("select count(*) from enumeration_period_move where regency_code = ? and"
                + " new_end = ? and moved_by = ?", Integer.class, PeriodRegency.CODE, Date.valueOf(newEnd),
                PeriodRegency.ADMIN)).isEqualTo(1);
        // The visits were not touched: each still waits for the period instance's message.
        assertThat(runtime.createEventSubscriptionQuery().processInstanceId(visit)
                .eventName(VisitProcess.MESSAGE_PERIOD_ENDED).count()).isEqualTo(1);
        assertThat(admin.get("/api/period").body()).contains("\"end\":\"" + newEnd + "\"");
    }

    @Test
    void aMoveThatCannotBeRightIsRefused() throws Exception {
        ProcessInstance period = startVisits(1);
        LocalDate before = end();
        int moves = jdbc.queryForObject("select count(*) from enumeration_period_move where regency_code = ?",
                Integer.class, PeriodRegency.CODE);
        Http admin = new Http("http://localhost:" + port, PeriodRegency.ADMIN, PeriodRegency.PASSWORD);
        String url = "/api/period/" + PeriodRegency.CODE + "/end";

        HttpResponse<String> past = admin.putJson(url, "{\"end\":\"" + settings.today().minusDays(1) + "\"}");
        assertThat(past.statusCode()).isEqualTo(422);
        assertThat(past.body()).contains("is in the past");
        LocalDate start = jdbc.queryForObject("select period_start from enumeration_period where regency_code = ?",
                Date.class, PeriodRegency.CODE).toLocalDate();
        jdbc.update("update enumeration_period set period_start = ? where regency_code = ?",
                Date.valueOf(settings.today().plusDays(30)), PeriodRegency.CODE);
        try {
            HttpResponse<String> early = admin.putJson(url, "{\"end\":\"" + settings.today().plusDays(10) + "\"}");
            assertThat(early.statusCode()).isEqualTo(422);
            assertThat(early.body()).contains("is before the period's start");
        } finally {
            jdbc.update("update enumeration_period set period_start = ? where regency_code = ?", Date.valueOf(start),
                    PeriodRegency.CODE);
        }
        assertThat(admin.putJson(url, "{\"reason\":\"tanpa tanggal\"}").statusCode()).isEqualTo(422);

        // Another regency's admin, and a PPL of this regency: 403.
        HttpResponse<String> foreign = http("admin").putJson(url, "{\"end\":\"" + before.plusDays(3) + "\"}");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("not yours");
        VisitFixtures.Team team = fixtures.team("period-ppl");
        HttpResponse<String> ppl = new Http("http://localhost:" + port, team.pplUser(), "demo").putJson(url,
                "{\"end\":\"" + before.plusDays(3) + "\"}");
        assertThat(ppl.statusCode()).isEqualTo(403);

        assertThat(end()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from enumeration_period_move where regency_code = ?",
                Integer.class, PeriodRegency.CODE)).isEqualTo(moves);
        assertThat(period).isWaitingAt(PeriodProcess.GATEWAY_WAIT);
        assertThat(timer(period).getDuedate()).isEqualTo(settings.endMoment(before));
    }
}
