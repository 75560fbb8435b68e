package id.regsosek.recruitment.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.regsosek.assignment.AreaAssignmentProcess;
import id.regsosek.identity.TenantFromRegency;
import id.regsosek.recruitment.CampaignProcess;
import id.regsosek.recruitment.Campaigns;
import id.regsosek.recruitment.RecruitmentFixture;
import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.recruitment.RegistrationClosedException;
import id.regsosek.recruitment.candidate.CandidateImporter;
import id.regsosek.recruitment.candidate.RecruitmentImports;
import id.regsosek.recruitment.selection.SelectionProcess;
import id.regsosek.recruitment.selection.SelectionStarter;
import id.regsosek.support.AppTest;
import id.regsosek.support.TestMail;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The regency campaign: imports refused before registration opens and after it closes, every district's selection
 * as a multi-instance call activity the campaign waits for by itself, the results published, training planned
 * everywhere, and the campaign ending when every district has handed its officers to area assignment.
 */
class CampaignProcessTest extends AppTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    ProcessEngine engine;
    @Autowired
    RecruitmentImports imports;
    @Autowired
    SelectionStarter starter;
    @Autowired
    JdbcTemplate jdbc;

    RecruitmentFixture fx;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        fx = new RecruitmentFixture(imports, engine.getRuntimeService(), jdbc);
    }

    private Map<String, Object> plan(String campaign, String opens, String closes) {
        Map<String, Object> v = new HashMap<>();
        v.put(TenantFromRegency.REGENCY_VARIABLE, RecruitmentFixture.REGENCY);
        v.put(RecruitmentProcess.CAMPAIGN_KEY, campaign);
        v.put(CampaignProcess.REGISTRATION_OPENS, opens);
        v.put(CampaignProcess.REGISTRATION_CLOSES, closes);
        v.put(CampaignProcess.TRAINING_PLACE, "Aula BPS Bekasi");
        v.put(CampaignProcess.TRAINING_START, "2022-09-20");
        v.put(CampaignProcess.TRAINING_DAYS, 2L);
        return v;
    }

    private String state() {
        return jdbc.queryForObject("select state from recruitment_campaign where campaign_key = ?", String.class,
                fx.campaign);
    }

    private static String minutes(LocalDateTime t) {
        return t.truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** Runs the instance's due continuations (not its timers) until it waits for something else. */
    private void drain(ProcessInstance pi) {
        for (int i = 0; i < 12; i++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).messages()
                    .list();
            if (jobs.isEmpty()) {
                return;
            }
            execute(jobs.get(0));
        }
    }

    private ProcessInstance selectionOf(String district) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SelectionProcess.KEY)
                .processInstanceBusinessKey(SelectionProcess.businessKey(fx.campaign, district)).singleResult();
    }

    /** Confirms and publishes the district's list, as recruitment staff do in Tasklist. */
    private void confirm(String district) {
        ProcessInstance sel = selectionOf(district);
        execute(job(SelectionProcess.START, sel));
        complete(task(SelectionProcess.CONFIRM, sel));
        execute(job(SelectionProcess.PUBLISH, sel));
        assertThat(sel).isEnded().hasPassed(SelectionProcess.END);
    }

    @Test
    void registrationWindowSelectionsWaitedForResultsPublishedTrainingPlannedAndOfficersHandedOver() {
        LocalDateTime now = LocalDateTime.now();
        String closes = minutes(now.plusDays(2));
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(CampaignProcess.KEY,
                plan(fx.campaign, minutes(now.plusDays(1)), closes));
        assertThat(pi).isWaitingAt(CampaignProcess.TIMER_OPENS);
        assertThat(state()).isEqualTo(Campaigns.PLANNED);

        // Before registration opens: refused, naming the campaign and its window.
        String a = RecruitmentFixture.newDistrict(jdbc, 250); // 1 PPL, 1 PML each
        String pmlA = fx.add("SMA", a, a + ".2001", true, "LENGKAP");
        String pplA = fx.add("SMA", a, a + ".2001", false, "LENGKAP");
        assertThatThrownBy(fx::importAll).isInstanceOf(RegistrationClosedException.class)
                .hasMessageContaining("campaign " + fx.campaign + " is not taking registrations yet")
                .hasMessageContaining("closes " + closes.replace('T', ' '));

        execute(job(CampaignProcess.TIMER_OPENS, pi));
        assertThat(pi).isWaitingAt(CampaignProcess.TIMER_CLOSED);
        assertThat(state()).isEqualTo(Campaigns.OPEN);
        String b = RecruitmentFixture.newDistrict(jdbc, 250);
        String pmlB = fx.add("SMA", b, b + ".2001", true, "LENGKAP");
        String pplB = fx.add("SMA", b, b + ".2001", false, "LENGKAP");
        fx.importAll();
        List<String> regs = List.of(pmlA, pplA, pmlB, pplB);
        StringBuilder scores = new StringBuilder();
        for (String reg : regs) {
            execute(job(RecruitmentProcess.START, fx.instance(reg)));
            scores.append(reg).append(",80\n");
        }
        fx.testScores(scores.toString());
        for (String reg : regs) {
            complete(task(fx.instance(reg)), withVariables(RecruitmentProcess.INTERVIEW_SCORE, 80));
        }
        // The campaign starts the selections itself: none by hand.
        assertThatThrownBy(() -> starter.start(RecruitmentFixture.REGENCY, fx.campaign, a))
                .hasMessageContaining("campaign " + fx.campaign + " starts every district's selection itself");

        // Registration closes: imports refused, every district with candidates gets its selection.
        execute(job(CampaignProcess.TIMER_CLOSED, pi));
        assertThat(state()).isEqualTo(Campaigns.CLOSED);
        assertThatThrownBy(fx::importAll).isInstanceOf(RegistrationClosedException.class)
                .hasMessageContaining("campaign " + fx.campaign + " is not taking registrations: registration closed "
                        + closes.replace('T', ' '));
        assertThat(pi).isWaitingAt(CampaignProcess.CALL_SELECTIONS);
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), CampaignProcess.DISTRICTS))
                .isEqualTo(a + ", " + b);
        assertThat(selectionOf(a)).isNotNull();
        assertThat(selectionOf(b)).isNotNull();

        // One district done: the campaign still waits for the other, with no admin task.
        confirm(a);
        drain(pi);
        assertThat(pi).isWaitingAt(CampaignProcess.CALL_SELECTIONS);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        confirm(b);
        drain(pi);
        assertThat(pi).hasPassed(CampaignProcess.TASK_PUBLISH, CampaignProcess.TASK_PLAN_TRAINING)
                .isWaitingAt(CampaignProcess.WAIT_HANDED_OVER);
        assertThat(state()).isEqualTo(Campaigns.TRAINING_PLANNED);
        assertThat(jdbc.queryForObject("select selected_count || '/' || reserve_count || '/' || not_selected_count"
                + " || '/' || classes_planned from recruitment_campaign where campaign_key = ?", String.class,
                fx.campaign)).isEqualTo("4/0/0/2");
        assertThat(jdbc.queryForObject("select results_csv from recruitment_campaign where campaign_key = ?",
                String.class, fx.campaign)).contains(pmlA + ",Calon 1,SELECTED,PML").contains(pplB);
        assertThat(jdbc.queryForObject("select count(*) from training_class where campaign_key = ?", Integer.class,
                fx.campaign)).isEqualTo(2);

        // Everyone passes training: each district's area assignment starts, then the campaign ends.
        for (String reg : regs) {
            ProcessInstance c = fx.instance(reg);
            drain(c);
            engine.getRuntimeService().createMessageCorrelation(RecruitmentProcess.MSG_TRAINING_RESULT)
                    .processInstanceId(c.getId()).setVariable(RecruitmentProcess.TRAINING_PASSED, true).correlate();
            drain(c);
            assertThat(c).isWaitingAt(RecruitmentProcess.WAIT_DROPOUT);
            if (reg.equals(pplA)) {
                assertThat(pi).isWaitingAt(CampaignProcess.WAIT_HANDED_OVER);
            }
        }
        for (String district : List.of(a, b)) {
            assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionKey(AreaAssignmentProcess.KEY).processInstanceBusinessKey(district).count())
                    .isOne();
        }
        assertThat(pi).isEnded().hasPassed(CampaignProcess.TASK_RECORD_HANDOVER, CampaignProcess.END);
        assertThat(state()).isEqualTo(Campaigns.HANDED_OVER);
    }

    @Test
    void aCampaignOfAnotherRegencyWithoutDatesOrTwiceIsRefusedAtOnce() {
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(CampaignProcess.KEY,
                plan("32.75-2022", "", "2022-08-31T23:59")))
                .hasMessageContaining("Kode kegiatan harus kode kabupaten/kota Anda").hasMessageContaining("32.16-2022");
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(CampaignProcess.KEY,
                plan(fx.campaign, "", "akhir Agustus"))).hasMessageContaining("Pendaftaran ditutup: 'akhir Agustus' bukan"
                + " tanggal dan jam");
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(CampaignProcess.KEY,
                plan(fx.campaign, "2022-09-01T00:00", "2022-08-31T23:59")))
                .hasMessageContaining("Pendaftaran harus dibuka sebelum ditutup (dibuka 01-09-2022 00:00, ditutup"
                + " 31-08-2022 23:59)");

        // Registration open at once (empty field) until a past close: only the timers run, then a second start.
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(CampaignProcess.KEY,
                plan(fx.campaign, "", minutes(LocalDateTime.now().plusHours(1))));
        execute(job(CampaignProcess.TIMER_OPENS, pi));
        assertThat(state()).isEqualTo(Campaigns.OPEN);
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(CampaignProcess.KEY,
                plan(fx.campaign, "", "2030-08-31T23:59"))).hasMessageContaining("Kegiatan " + fx.campaign
                + " sudah ada");
    }

    @Test
    void overHttpAnImportAfterTheCloseIsAConflictNamingTheCampaignAndItsCloseDate() throws Exception {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(CampaignProcess.KEY,
                plan(fx.campaign, "", minutes(LocalDateTime.now().plusHours(1))));
        execute(job(CampaignProcess.TIMER_OPENS, pi));
        execute(job(CampaignProcess.TIMER_CLOSED, pi));
        drain(pi);
        // Nobody registered: nothing to select or to hand over, the campaign ends by itself.
        assertThat(pi).isEnded().hasPassed(CampaignProcess.TASK_PUBLISH, CampaignProcess.END)
                .hasNotPassed(CampaignProcess.WAIT_HANDED_OVER);
        String closes = jdbc.queryForObject("select registration_closes from recruitment_campaign where campaign_key = ?",
                java.sql.Timestamp.class, fx.campaign).toLocalDateTime().toString().replace('T', ' ');
        var answer = http("rekrutmen").upload("/api/recruitment/campaigns/" + fx.campaign + "/candidates", "file",
                "pendaftar.csv", (String.join(",", CandidateImporter.COLUMNS) + "\n").getBytes());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        assertThat(answer.body()).contains("campaign " + fx.campaign + " is not taking registrations: registration"
                + " closed " + closes);
        var status = http("manajer").get("/api/recruitment/campaigns/" + fx.campaign);
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        assertThat(status.body()).contains("\"state\":\"HANDED_OVER\"".replace("HANDED_OVER", Campaigns.HANDED_OVER));
    }

    /**
     * The window is read on the engine's clock, the one its timers fire on: with the clock a month back (as a
     * simulation sets it), a registration open by that clock takes candidates although its close lies in the real
     * past, and past its close by that clock it refuses them before the closing timer fired.
     */
    @Test
    void theWindowIsReadOnTheEnginesClockLikeItsTimers() {
        LocalDateTime monthAgo = LocalDateTime.now().minusDays(30).truncatedTo(ChronoUnit.MINUTES);
        ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf(monthAgo));
        try {
            ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(CampaignProcess.KEY,
                    plan(fx.campaign, "", minutes(monthAgo.plusDays(2))));
            execute(job(CampaignProcess.TIMER_OPENS, pi));
            assertThat(state()).isEqualTo(Campaigns.OPEN);
            fx.eligible();
            fx.importAll();
            assertThat(jdbc.queryForObject("select count(*) from officer_candidate where campaign_key = ?",
                    Integer.class, fx.campaign)).isOne();

            ClockUtil.setCurrentTime(java.sql.Timestamp.valueOf(monthAgo.plusDays(2).plusMinutes(1)));
            fx.eligible();
            assertThatThrownBy(fx::importAll).isInstanceOf(RegistrationClosedException.class)
                    .hasMessageContaining("is not taking registrations: registration closed");
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void importsWithoutACampaignProcessAreNotRestricted() {
        fx.eligible();
        fx.importAll();
        assertThat(jdbc.queryForObject("select count(*) from officer_candidate where campaign_key = ?", Integer.class,
                fx.campaign)).isOne();
    }
}
