package id.regsosek.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.regsosek.dashboard.DashboardQueries;
import id.regsosek.dashboard.DashboardViews;
import id.regsosek.identity.Groups;
import id.regsosek.signoff.AreaSignoffProcess;
import id.regsosek.signoff.SignoffStarter;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.support.AppTest;
import id.regsosek.support.Http;
import id.regsosek.visit.VisitFixtures;
import id.regsosek.visit.VisitProcess;
import id.regsosek.visit.VisitStarter;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of sls-access, with real delegates and tables: an apartment block's visits wait for its management's
 * permission, recorded by the Koseka or a PML the Koseka names, or arranged by the regency office after a refusal.
 */
class SlsAccessProcessTest extends AppTest {

    /** Cikarang Selatan: a district no other test works in, so its access steps are this test's own. */
    static final String DISTRICT = "32.16.19";
    static final String KOSEKA = "koseka-cikarang-selatan";

    @Autowired
    private ProcessEngine engine;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RegencyUsers users;
    @Autowired
    private SlsAccessStarter starter;
    @Autowired
    private VisitStarter visits;
    @Autowired
    private DashboardQueries dashboard;
    @Autowired
    private SignoffStarter signoffs;

    private VisitFixtures.Team team;

    @BeforeEach
    void anApartmentBlockWithThreeFamilies() {
        BpmnAwareTests.init(engine);
        ensureKoseka(jdbc, users);
        long slsId = jdbc.queryForObject("select id from sls s where district_code = ? and not exists (select 1"
                + " from sls_assignment a where a.sls_id = s.id) order by id fetch first 1 rows only", Long.class,
                DISTRICT);
        VisitFixtures fixtures = new VisitFixtures(jdbc, users, "32.16");
        team = fixtures.team("akses", slsId);
        jdbc.update("update sls set access_kind = 'APARTEMEN' where id = ?", slsId);
        fixtures.families(team, 3);
    }

    static void ensureKoseka(JdbcTemplate jdbc, RegencyUsers users) {
        users.ensure(new RegencyUsers.NewUser(KOSEKA, "Koseka", "Cikarang Selatan", null, "demo", Groups.KOSEKA,
                "32.16"));
        if (jdbc.queryForObject("select count(*) from officer where user_id = ?", Integer.class, KOSEKA) == 0) {
            jdbc.update("insert into officer (regency_code, officer_code, user_id, name, role, status,"
                    + " home_district_code) values ('32.16', 'KSK-3216-19', ?, 'Koseka Cikarang Selatan', 'KOSEKA',"
                    + " 'ACTIVE', ?)", KOSEKA, DISTRICT);
        }
    }

    private ProcessInstance started() {
        assertThat(starter.startForDistrict(DISTRICT)).isEqualTo(1);
        assertThat(starter.startForDistrict(DISTRICT)).as("started once").isZero();
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(SlsAccessProcess.KEY).processInstanceBusinessKey(team.slsCode()).singleResult();
        assertThat(pi).isWaitingAt(SlsAccessProcess.TASK_KOSEKA);
        assertThat(pi.getTenantId()).isEqualTo("32.16");
        return pi;
    }

    private static Map<String, Object> granted(String decision) {
        Map<String, Object> v = new HashMap<>();
        if (decision != null) {
            v.put(SlsAccessProcess.VAR_DECISION, decision);
        }
        v.put(SlsAccessProcess.VAR_GRANTED_BY, "Bu Rina, manajer gedung");
        v.put(SlsAccessProcess.VAR_HOURS_FROM, "09:00");
        v.put(SlsAccessProcess.VAR_HOURS_TO, "12:00");
        v.put(SlsAccessProcess.VAR_CONTACT_NAME, "Pak Satpam");
        v.put(SlsAccessProcess.VAR_CONTACT_PHONE, "0812 3456 7890");
        return v;
    }

    private List<String> candidateGroups(ProcessInstance pi) {
        return engine.getTaskService().getIdentityLinksForTask(task(pi).getId()).stream()
                .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).filter(g -> g != null).toList();
    }

    private int started(long slsId) {
        return jdbc.queryForObject("select count(*) from family_visit where sls_id = ?", Integer.class, slsId);
    }

    private String status() {
        return jdbc.queryForObject("select status from sls_access where sls_id = ?", String.class, team.slsId());
    }

    private List<DashboardViews.BlockedArea> blocked() {
        return dashboard.blockedAreas("32.16").stream().filter(b -> b.slsCode().equals(team.slsCode())).toList();
    }

    /** The grant step runs as a job; then the visits run, each showing the hours and the contact. */
    private void grantedAndVisitsStarted(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(SlsAccessProcess.TASK_GRANT);
        assertThat(started(team.slsId())).isZero();
        execute(job(pi));
        assertThat(pi).isEnded().hasPassed(SlsAccessProcess.TASK_GRANT, SlsAccessProcess.END_GRANTED);
        assertThat(status()).isEqualTo("GRANTED");
        assertThat(started(team.slsId())).isEqualTo(3);
        assertThat(blocked()).isEmpty();
        String family = jdbc.queryForList("select family_id from family_visit where sls_id = ?", String.class,
                team.slsId()).get(0);
        ProcessInstance visit = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(VisitProcess.KEY).processInstanceBusinessKey(family).singleResult();
        assertThat(task(visit)).isAssignedTo(team.pplUser());
        assertThat(task(visit).getDescription()).contains("09:00-12:00").contains("Pak Satpam");
    }

    @Test
    void theKosekaRecordsThePermissionAndTheVisitsStart() {
        ProcessInstance pi = started();
        assertThat(task(pi)).isAssignedTo(KOSEKA);
        // The task names its SLS in Tasklist (code, then name and village).
        assertThat(task(pi).getName()).startsWith("Catat izin akses gedung (Koseka): SLS " + team.slsCode() + " ")
                .contains(", desa ");
        assertThat(candidateGroups(pi)).containsExactly(Groups.KOSEKA);
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), SlsAccessProcess.VAR_SLS_INFO))
                .contains(team.slsCode()).contains("apartemen");
        // Meanwhile the SLS's visits do not start, and the dashboard shows it blocked.
        assertThat(visits.startVisitsForSls(team.slsId())).isZero();
        assertThat(blocked()).singleElement().satisfies(b -> {
            assertThat(b.status()).isEqualTo("ASKED");
            assertThat(b.accessKind()).isEqualTo("APARTEMEN");
            assertThat(b.blockedHours()).isGreaterThanOrEqualTo(0.0);
            assertThat(b.overdue()).isFalse();
        });

        complete(task(pi), granted(SlsAccessProcess.GRANTED));
        assertThat(pi).hasPassed(SlsAccessProcess.GATEWAY_KOSEKA).hasNotPassed(SlsAccessProcess.TASK_PML);
        Map<String, Object> row = jdbc.queryForMap("select * from sls_access where sls_id = ?", team.slsId());
        assertThat(row).containsEntry("GRANTED_BY", "Bu Rina, manajer gedung").containsEntry("HOURS_FROM", "09:00")
                .containsEntry("HOURS_TO", "12:00").containsEntry("CONTACT_NAME", "Pak Satpam");
        grantedAndVisitsStarted(pi);
    }

    @Test
    void theKosekaNamesAPmlWhoRecordsThePermission() {
        ProcessInstance pi = started();
        assertThatThrownBy(() -> complete(task(pi), withVariables(SlsAccessProcess.VAR_DECISION,
                SlsAccessProcess.TO_PML, SlsAccessProcess.VAR_PML_OFFICER, "PML-ENTAH")))
                .hasMessageContaining("PML 'PML-ENTAH' bukan PML aktif kecamatan " + DISTRICT);
        assertThat(pi).isWaitingAt(SlsAccessProcess.TASK_KOSEKA);

        // Named by officer code; the task goes to that PML's own list.
        complete(task(pi), withVariables(SlsAccessProcess.VAR_DECISION, SlsAccessProcess.TO_PML,
                SlsAccessProcess.VAR_PML_OFFICER, team.pmlUser().toUpperCase()));
        assertThat(pi).isWaitingAt(SlsAccessProcess.TASK_PML);
        assertThat(task(pi)).isAssignedTo(team.pmlUser());
        assertThat(candidateGroups(pi)).containsExactly(Groups.PML);
        complete(task(pi), granted(SlsAccessProcess.GRANTED));
        assertThat(pi).hasPassed(SlsAccessProcess.GATEWAY_PML);
        grantedAndVisitsStarted(pi);
    }

    @Test
    void refusedThenArrangedByTheRegencyOfficeThroughTheRegentsLetter() {
        ProcessInstance pi = started();
        assertThatThrownBy(() -> complete(task(pi), withVariables(SlsAccessProcess.VAR_DECISION,
                SlsAccessProcess.REFUSED))).hasMessageContaining("Alasan penolakan pengelola gedung wajib diisi");
        complete(task(pi), withVariables(SlsAccessProcess.VAR_DECISION, SlsAccessProcess.REFUSED,
                SlsAccessProcess.VAR_REFUSAL_REASON, "Pengelola tidak mengizinkan pendataan tanpa surat resmi"));

        assertThat(pi).hasPassed(SlsAccessProcess.TASK_RECORD_REFUSAL).isWaitingAt(SlsAccessProcess.TASK_ARRANGE);
        assertThat(task(pi)).hasCandidateGroup(Groups.REGENCY_ADMIN);
        assertThat(status()).isEqualTo("REFUSED");
        Date deadline = (Date) engine.getRuntimeService().getVariable(pi.getId(), SlsAccessProcess.VAR_DEADLINE);
        assertThat(Duration.between(Instant.now(), deadline.toInstant())).isBetween(Duration.ofDays(7).minusMinutes(5),
                Duration.ofDays(7));
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), SlsAccessProcess.VAR_REFUSAL_NOTE))
                .contains("tanpa surat resmi");
        assertThat(blocked()).singleElement().satisfies(b -> {
            assertThat(b.status()).isEqualTo("REFUSED");
            assertThat(b.deadlineAt()).isEqualTo(deadline.toInstant());
            assertThat(b.overdue()).isFalse();
        });
        assertThat(visits.startVisitsForSls(team.slsId())).isZero();

        // The office records what the regent's letter obtained; the letter's number is required.
        assertThatThrownBy(() -> complete(task(pi), granted(null)))
                .hasMessageContaining("Nomor surat kantor bupati wajib diisi");
        Map<String, Object> arranged = granted(null);
        arranged.put(SlsAccessProcess.VAR_LETTER_NO, "100/123/Pem/2022");
        complete(task(pi), arranged);
        assertThat(jdbc.queryForObject("select letter_no from sls_access where sls_id = ?", String.class,
                team.slsId())).isEqualTo("100/123/Pem/2022");
        grantedAndVisitsStarted(pi);
        assertThat(pi).hasNotPassed(SlsAccessProcess.TASK_MARK_OVERDUE);
    }

    @Test
    void aPmlsRefusalAlsoGoesToTheRegencyOffice() {
        ProcessInstance pi = started();
        complete(task(pi), withVariables(SlsAccessProcess.VAR_DECISION, SlsAccessProcess.TO_PML));
        assertThat(task(pi)).isAssignedTo(team.pmlUser()); // empty name: the SLS's own PML
        complete(task(pi), withVariables(SlsAccessProcess.VAR_DECISION, SlsAccessProcess.REFUSED,
                SlsAccessProcess.VAR_REFUSAL_REASON, "Penghuni menolak"));
        assertThat(pi).hasPassed(SlsAccessProcess.GATEWAY_PML).isWaitingAt(SlsAccessProcess.TASK_ARRANGE);
        assertThat(status()).isEqualTo("REFUSED");
    }

    @Test
    void theDeadlinePassesTheAreaShowsOverdueAndStillWaitsForTheArrangement() {
        ProcessInstance pi = started();
        complete(task(pi), withVariables(SlsAccessProcess.VAR_DECISION, SlsAccessProcess.REFUSED,
                SlsAccessProcess.VAR_REFUSAL_REASON, "Ditolak"));
        execute(job(SlsAccessProcess.TIMER_DEADLINE, pi));
        assertThat(pi).hasPassed(SlsAccessProcess.TASK_MARK_OVERDUE, SlsAccessProcess.END_OVERDUE)
                .isWaitingAt(SlsAccessProcess.TASK_ARRANGE);
        assertThat(blocked()).singleElement().satisfies(b -> assertThat(b.overdue()).isTrue());
        assertThat(visits.startVisitsForSls(team.slsId())).isZero();
        // The regency admins are told by mail (queued in the outbox with the step).
        assertThat(jdbc.queryForList("select recipient from mail_outbox where template = ? and reference = ?",
                String.class, MarkOverdueDelegate.MAIL_TEMPLATE, "SLS " + team.slsCode()))
                .contains("admin@demo.regsosek.example");
        assertThat(jdbc.queryForObject("select subject from mail_outbox where template = ? and reference = ?"
                + " fetch first 1 rows only", String.class, MarkOverdueDelegate.MAIL_TEMPLATE, "SLS "
                + team.slsCode())).isEqualTo("Izin akses SLS " + team.slsCode() + " melewati batas waktu");

        Map<String, Object> arranged = granted(null);
        arranged.put(SlsAccessProcess.VAR_LETTER_NO, "100/456/Pem/2022");
        arranged.put(SlsAccessProcess.VAR_ARRANGE_OUTCOME, SlsAccessProcess.ARRANGED); // as the form sends it
        complete(task(pi), arranged);
        assertThat(pi).hasPassed(SlsAccessProcess.GATEWAY_ARRANGE);
        grantedAndVisitsStarted(pi);
        assertThat(jdbc.queryForObject("select overdue from sls_access where sls_id = ?", Boolean.class,
                team.slsId())).isFalse();
    }

    private static String vars(String... nameValue) {
        StringBuilder b = new StringBuilder("{\"variables\":{");
        for (int i = 0; i < nameValue.length; i += 2) {
            b.append(i == 0 ? "" : ",").append('"').append(nameValue[i]).append("\":{\"type\":\"String\",\"value\":\"")
                    .append(nameValue[i + 1]).append("\"}");
        }
        return b.append("}}").toString();
    }

    @Test
    void overRestOnlyTheKosekaCompletesItsTaskAndOnlyWithItsFormsFields() {
        ProcessInstance pi = started();
        String path = "/engine-rest/task/" + task(pi).getId() + "/complete";
        String[] grant = {SlsAccessProcess.VAR_DECISION, SlsAccessProcess.GRANTED, SlsAccessProcess.VAR_GRANTED_BY,
            "Pengelola", SlsAccessProcess.VAR_HOURS_FROM, "08:00", SlsAccessProcess.VAR_HOURS_TO, "16:00",
            SlsAccessProcess.VAR_CONTACT_NAME, "Resepsionis"};
        Http koseka = new Http("http://localhost:" + port, KOSEKA, "demo");
        // The access note of the families is the system's: the Koseka's form does not declare it.
        String[] withNote = java.util.Arrays.copyOf(grant, grant.length + 2);
        withNote[grant.length] = VisitProcess.ACCESS_NOTE;
        withNote[grant.length + 1] = "kapan saja";
        HttpResponse<String> extra = koseka.postJson(path, vars(withNote));
        assertThat(extra.statusCode()).as(extra.body()).isEqualTo(403);
        assertThat(extra.body()).contains(VisitProcess.ACCESS_NOTE);
        // A PPL, and another district's Koseka without the task, are refused.
        assertThat(http("ppl1").postJson(path, vars(grant)).statusCode()).isIn(403, 404);
        assertThat(http("koseka1").postJson(path, vars(grant)).statusCode()).isIn(403, 404);
        assertThat(pi).isWaitingAt(SlsAccessProcess.TASK_KOSEKA);
        // A pattern the form declares (JJ:MM) is checked before any listener runs.
        String[] badHour = grant.clone();
        badHour[5] = "8 pagi";
        assertThat(koseka.postJson(path, vars(badHour)).statusCode()).isEqualTo(400);

        HttpResponse<String> ok = koseka.postJson(path, vars(grant));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(204);
        assertThat(pi).isWaitingAt(SlsAccessProcess.TASK_GRANT);
    }

    @Test
    void thePeriodEndClosesARefusedSlsFamiliesAndItsSignoffMovesOn() {
        ProcessInstance pi = started();
        complete(task(pi), withVariables(SlsAccessProcess.VAR_DECISION, SlsAccessProcess.REFUSED,
                SlsAccessProcess.VAR_REFUSAL_REASON, "Ditolak"));
        ProcessInstance signoff = signoffs.startForSls(team.slsId());
        assertThat(signoff).isWaitingAt(AreaSignoffProcess.GATEWAY_WAIT);

        // What the regency's enumeration-period close-out does with every PeriodEnded subscription of the regency.
        periodEnds(pi);
        assertThat(pi).isEnded().hasPassed(SlsAccessProcess.TASK_CLOSE_BLOCKED, SlsAccessProcess.END_CLOSED)
                .hasNotPassed(SlsAccessProcess.TASK_GRANT);
        assertThat(status()).isEqualTo("CLOSED");
        assertThat(jdbc.queryForList("select result_code from family where sls_id = ?", Integer.class,
                team.slsId())).containsOnly(VisitProcess.REFUSED).hasSize(3);
        assertThat(started(team.slsId())).isZero();
        assertThat(blocked()).isEmpty();
        assertThat(signoff).isWaitingAt(AreaSignoffProcess.TASK_APPROVE_AREA);
    }

    @Test
    void theRegencyOfficeCannotArrangeAccessTheSlsIsClosedAsRefusedAndItsSignoffMovesOn() {
        ProcessInstance pi = started();
        complete(task(pi), withVariables(SlsAccessProcess.VAR_DECISION, SlsAccessProcess.REFUSED,
                SlsAccessProcess.VAR_REFUSAL_REASON, "Pengelola menolak"));
        ProcessInstance signoff = signoffs.startForSls(team.slsId());
        assertThat(pi).isWaitingAt(SlsAccessProcess.TASK_ARRANGE);

        // "Tidak berhasil" needs its reason; nothing moves without one.
        assertThatThrownBy(() -> complete(task(pi), withVariables(SlsAccessProcess.VAR_ARRANGE_OUTCOME,
                SlsAccessProcess.ARRANGE_FAILED))).hasMessageContaining("Alasan izin tidak berhasil diurus wajib diisi");
        assertThatThrownBy(() -> complete(task(pi), withVariables(SlsAccessProcess.VAR_ARRANGE_OUTCOME, "MUNGKIN")))
                .hasMessageContaining("Hasil pengurusan izin harus");
        assertThat(pi).isWaitingAt(SlsAccessProcess.TASK_ARRANGE);

        complete(task(pi), withVariables(SlsAccessProcess.VAR_ARRANGE_OUTCOME, SlsAccessProcess.ARRANGE_FAILED,
                SlsAccessProcess.VAR_ARRANGE_FAILURE_REASON, "Pengelola tetap menolak walau ada surat bupati"));
        assertThat(pi).isEnded().hasPassed(SlsAccessProcess.GATEWAY_ARRANGE, SlsAccessProcess.TASK_CLOSE_FAILED,
                SlsAccessProcess.END_FAILED).hasNotPassed(SlsAccessProcess.TASK_GRANT, SlsAccessProcess.END_CLOSED);
        assertThat(status()).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select arrange_failure from sls_access where sls_id = ?", String.class,
                team.slsId())).isEqualTo("Pengelola tetap menolak walau ada surat bupati");
        assertThat(jdbc.queryForList("select result_code from family where sls_id = ?", Integer.class,
                team.slsId())).containsOnly(VisitProcess.REFUSED).hasSize(3);
        assertThat(started(team.slsId())).isZero();
        assertThat(blocked()).isEmpty();
        // No timer left behind, and the sign-off was told that every family is final.
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(signoff).isWaitingAt(AreaSignoffProcess.TASK_APPROVE_AREA);
    }

    @Test
    void overRestTheAdminSendsTheFailedOutcomeWithOnlyTheArrangeFormsFields() {
        ProcessInstance pi = started();
        complete(task(pi), withVariables(SlsAccessProcess.VAR_DECISION, SlsAccessProcess.REFUSED,
                SlsAccessProcess.VAR_REFUSAL_REASON, "Ditolak"));
        String path = "/engine-rest/task/" + task(pi).getId() + "/complete";
        Http admin = http("admin");
        // The outcome is the form's required choice; a field the form does not declare is refused.
        assertThat(admin.postJson(path, vars(SlsAccessProcess.VAR_ARRANGE_FAILURE_REASON, "Tetap ditolak"))
                .statusCode()).isIn(400, 403);
        assertThat(admin.postJson(path, vars(SlsAccessProcess.VAR_ARRANGE_OUTCOME, SlsAccessProcess.ARRANGE_FAILED,
                SlsAccessProcess.VAR_ARRANGE_FAILURE_REASON, "Tetap ditolak", SlsAccessProcess.VAR_DECISION,
                SlsAccessProcess.GRANTED)).statusCode()).isEqualTo(403);
        assertThat(pi).isWaitingAt(SlsAccessProcess.TASK_ARRANGE);
        HttpResponse<String> ok = admin.postJson(path, vars(SlsAccessProcess.VAR_ARRANGE_OUTCOME,
                SlsAccessProcess.ARRANGE_FAILED, SlsAccessProcess.VAR_ARRANGE_FAILURE_REASON, "Tetap ditolak"));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(204);
        assertThat(pi).isEnded().hasPassed(SlsAccessProcess.END_FAILED);
        assertThat(jdbc.queryForObject("select decided_by from sls_access where sls_id = ?", String.class,
                team.slsId())).isEqualTo("admin");
    }

    @Test
    void anInstanceOfAVersionWithoutTheFailurePathRefusesTheFailedOutcome() {
        // Its arrange task shows the latest form (formRefBinding latest), but its model would flow on to "granted".
        started(); // the district's own access step, as in every test here, so the next test starts only its own
        String key = "sls-access-probe-without-failure";
        BpmnModelInstance old = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
                .userTask(SlsAccessProcess.TASK_ARRANGE)
                .camundaTaskListenerDelegateExpression("complete", "${recordSlsAccess}").endEvent().done();
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
            engine.getRepositoryService().createDeployment().tenantId("32.16").addModelInstance(key + ".bpmn", old)
                    .deploy();
        }
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey(key).businessKey(team.slsCode())
                .processDefinitionTenantId("32.16").execute();
        assertThatThrownBy(() -> complete(task(pi), withVariables(SlsAccessProcess.VAR_ARRANGE_OUTCOME,
                SlsAccessProcess.ARRANGE_FAILED, SlsAccessProcess.VAR_ARRANGE_FAILURE_REASON, "Tetap ditolak")))
                .hasMessageContaining("versi lama");
        assertThat(pi).isWaitingAt(SlsAccessProcess.TASK_ARRANGE);
        engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test probe");
    }

    @Test
    void thePeriodEndClosesAnSlsStillAskingWithNoRespondent() {
        ProcessInstance pi = started();
        periodEnds(pi);
        assertThat(pi).isEnded().hasPassed(SlsAccessProcess.END_CLOSED);
        assertThat(jdbc.queryForList("select result_code from family where sls_id = ?", Integer.class,
                team.slsId())).containsOnly(VisitProcess.NO_RESPONDENT);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    private void periodEnds(ProcessInstance pi) {
        var subscriptions = engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(pi.getId())
                .eventName("PeriodEnded").list();
        assertThat(subscriptions).hasSize(1);
        engine.getRuntimeService().messageEventReceived("PeriodEnded", subscriptions.get(0).getExecutionId());
    }

    @Test
    void badHoursAreRefusedInIndonesianAndNothingMoves() {
        ProcessInstance pi = started();
        Map<String, Object> late = granted(SlsAccessProcess.GRANTED);
        late.put(SlsAccessProcess.VAR_HOURS_TO, "08:00");
        assertThatThrownBy(() -> complete(task(pi), late))
                .hasMessageContaining("jam mulai 09:00 harus sebelum jam selesai 08:00");
        Map<String, Object> words = granted(SlsAccessProcess.GRANTED);
        words.put(SlsAccessProcess.VAR_HOURS_FROM, "jam 9");
        assertThatThrownBy(() -> complete(task(pi), words))
                .hasMessageContaining("harus berbentuk JJ:MM");
        assertThat(pi).isWaitingAt(SlsAccessProcess.TASK_KOSEKA);
        assertThat(jdbc.queryForObject("select granted_by from sls_access where sls_id = ?", String.class,
                team.slsId())).isNull();
    }
}
