package id.regsosek.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.regsosek.identity.Groups;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.spin.plugin.variable.SpinValues;
import id.regsosek.support.TestMail;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.mail.OutboxSender;
import id.regsosek.identity.Groups;
import id.regsosek.support.AppTest;
import id.regsosek.support.FilterAs;
import id.regsosek.tasklist.TasklistFilters;
import id.regsosek.visit.VisitFixtures;
import id.regsosek.visit.SlsCompletion;
import id.regsosek.visit.VisitProcess;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of area-signoff, with real delegates, tables and mails. */
class AreaSignoffProcessTest extends AppTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    private ProcessEngine engine;
    @Autowired
    private OutboxSender outbox;
    @Autowired
    private SignoffStarter starter;
    @Autowired
    private SignoffRepository repository;
    @Autowired
    private SlsCompletion completion;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RegencyUsers users;

    private VisitFixtures.Team team;

    private static int nextSls = 1;
    private long slsId;
    private String slsCode;
    private final List<Long> families = new ArrayList<>();

    @BeforeEach
    void anSlsWithThreeFamilies() {
        BpmnAwareTests.init(engine);
        // Fresh SLS of the demo frame per test (district Cibarusah, which no other test uses).
        slsCode = jdbc.queryForList("select code from sls where district_code = '32.16.22' order by code",
                String.class).get(nextSls++);
        slsId = jdbc.queryForObject("select id from sls where code = ?", Long.class, slsCode);
        team = new VisitFixtures(jdbc, users, "32.16").team("signoff", slsId);
        for (int i = 0; i < 3; i++) {
            jdbc.update("insert into family (regency_code, sls_id, head_name, origin, result_code, final_at)"
                    + " values ('32.16', ?, ?, 'PRELIST', ?, ?)", slsId, "Kepala " + i, i == 2 ? 4 : 1,
                    Timestamp.from(Instant.now()));
        }
        families.clear();
        families.addAll(jdbc.queryForList("select id from family where sls_id = ? order by id", Long.class, slsId));
    }

    private void setFinal(long familyId, boolean fin) {
        jdbc.update("update family set final_at = ?, result_code = ? where id = ?",
                fin ? Timestamp.from(Instant.now()) : null, fin ? 1 : null, familyId);
    }

    private List<String> mailSubjectsTo(String address) throws Exception {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address))
                    && m.getSubject().contains(slsCode)) {
                out.add(m.getSubject());
            }
        }
        return out;
    }

    @Test
    void approvedByPmlKosekaAndRegencyAdminWithAMailAtEachStep() throws Exception {
        ProcessInstance pi = starter.startForSls(slsId);
        assertThat(pi).isWaitingAt(AreaSignoffProcess.TASK_APPROVE_AREA);
        assertThat(task(pi)).isAssignedTo(team.pmlUser());
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), AreaSignoffProcess.VAR_SUMMARY))
                .contains("Keluarga: 3 (final 3)").contains("4=1");
        assertThat(repository.status(slsId)).isEqualTo(SignoffState.PML_REVIEW);

        complete(task(pi), withVariables(AreaSignoffProcess.VAR_PML_DECISION, AreaSignoffProcess.APPROVE));
        // The Koseka's task is there at once; its mail waits in the outbox for the sender.
        assertThat(pi).hasPassed(AreaSignoffProcess.TASK_MAIL_KOSEKA).isWaitingAt(AreaSignoffProcess.TASK_APPROVE_DISTRICT);
        assertThat(task(pi)).hasCandidateGroup("koseka");
        assertThat(mailSubjectsTo("koseka1@demo.regsosek.example")).isEmpty();
        outbox.sendDue();
        assertThat(mailSubjectsTo("koseka1@demo.regsosek.example")).hasSize(1);

        complete(task(pi), withVariables(AreaSignoffProcess.VAR_KOSEKA_DECISION, AreaSignoffProcess.APPROVE));
        assertThat(pi).hasPassed(AreaSignoffProcess.TASK_MAIL_ADMIN).isWaitingAt(AreaSignoffProcess.TASK_ACCEPT);
        outbox.sendDue();
        assertThat(mailSubjectsTo("admin@demo.regsosek.example")).hasSize(1);
        complete(task(pi), withVariables(AreaSignoffProcess.VAR_ADMIN_NOTE, "lengkap"));

        assertThat(pi).isEnded().hasPassed(AreaSignoffProcess.TASK_RECORD_ACCEPTED, AreaSignoffProcess.END_ACCEPTED);
        assertThat(repository.status(slsId)).isEqualTo(SignoffState.ACCEPTED);
        assertThat(repository.decisions(slsId)).containsExactly("PML:APPROVE", "KOSEKA:APPROVE", "ADMIN:APPROVE");
    }

    @Test
    void aFormReturnedMoreThanTwiceIsFlaggedToThePml() {
        long often = families.get(0);
        long twice = families.get(1);
        for (int i = 0; i < 3; i++) {
            returned(often);
        }
        returned(twice);
        returned(twice);
        jdbc.update("insert into family_check (family_id, checked_at, approved) values (?, ?, true)", twice,
                Timestamp.from(Instant.now()));

        ProcessInstance pi = starter.startForSls(slsId);
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), AreaSignoffProcess.VAR_SUMMARY))
                .contains("1 formulir dikembalikan lebih dari 2 kali");
    }

    private void returned(long familyId) {
        jdbc.update("insert into family_check (family_id, checked_at, approved, reason) values (?, ?, false,"
                + " 'isian aset kosong')", familyId, Timestamp.from(Instant.now()));
    }

    @Test
    void waitsForTheLastFamilyThenMovesOnWhenTheVisitsSayAllAreFinal() {
        setFinal(families.get(0), false);
        setFinal(families.get(1), false);
        ProcessInstance pi = starter.startForSls(slsId);
        assertThat(pi).isWaitingAt(AreaSignoffProcess.GATEWAY_WAIT);
        // The household visit's final step, as production runs it: one family left open, so no message yet.
        assertThat(completion.finish(families.get(0), 1)).isFalse();
        assertThat(pi).isWaitingAt(AreaSignoffProcess.GATEWAY_WAIT);
        assertThat(completion.finish(families.get(1), 2)).isTrue();
        assertThat(pi).hasPassed(AreaSignoffProcess.EVENT_ALL_FINAL).isWaitingAt(AreaSignoffProcess.TASK_APPROVE_AREA);
    }

    @Test
    void theHourlyRecheckFindsFamiliesMadeFinalWithoutAMessage() {
        setFinal(families.get(1), false);
        ProcessInstance pi = starter.startForSls(slsId);
        execute(job(pi)); // the timer: still one open
        assertThat(pi).isWaitingAt(AreaSignoffProcess.GATEWAY_WAIT);
        setFinal(families.get(1), true);
        execute(job(pi));
        assertThat(pi).hasPassed(AreaSignoffProcess.TIMER_RECHECK).isWaitingAt(AreaSignoffProcess.TASK_APPROVE_AREA);
    }

    @Test
    void pmlReopensNamedFamiliesWhichGoBackToTheField() {
        ProcessInstance pi = starter.startForSls(slsId);
        complete(task(pi), withVariables(AreaSignoffProcess.VAR_PML_DECISION, AreaSignoffProcess.REOPEN,
                AreaSignoffProcess.VAR_REOPEN_FAMILIES, families.get(2) + "", AreaSignoffProcess.VAR_PML_REASON,
                "penolakan perlu dicoba lagi oleh kepala desa"));
        assertThat(pi).hasPassed(AreaSignoffProcess.TASK_REOPEN)
                .isWaitingAt(AreaSignoffProcess.GATEWAY_WAIT);
        assertThat(jdbc.queryForObject("select count(*) from family where sls_id = ? and final_at is null",
                Integer.class, slsId)).isEqualTo(1);
        assertThat(repository.decisions(slsId)).containsExactly("PML:REOPEN");
        assertThat(repository.status(slsId)).isEqualTo(SignoffState.FIELDWORK);
        ProcessInstance visit = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(VisitProcess.KEY).processInstanceBusinessKey(families.get(2) + "").singleResult();
        assertThat(visit).isWaitingAt(VisitProcess.TASK_VISIT);
        assertThat(task(visit)).isAssignedTo(team.pplUser());

        completion.finish(families.get(2), 1);
        assertThat(pi).isWaitingAt(AreaSignoffProcess.TASK_APPROVE_AREA);
    }

    @Test
    void aReopenNamingAnotherSlsFamilyOrWithoutReasonChangesNothing() {
        ProcessInstance pi = starter.startForSls(slsId);
        long foreign = jdbc.queryForObject("select min(id) from family where sls_id <> ?", Long.class, slsId);
        assertThatThrownBy(() -> complete(task(pi), withVariables(AreaSignoffProcess.VAR_PML_DECISION,
                AreaSignoffProcess.REOPEN, AreaSignoffProcess.VAR_REOPEN_FAMILIES, families.get(0) + ", " + foreign,
                AreaSignoffProcess.VAR_PML_REASON, "salah"))).hasMessageContaining("keluarga [" + foreign + "] bukan keluarga SLS "
                + slsCode);
        assertThatThrownBy(() -> complete(task(pi), withVariables(AreaSignoffProcess.VAR_PML_DECISION,
                AreaSignoffProcess.REOPEN, AreaSignoffProcess.VAR_REOPEN_FAMILIES, families.get(0) + "")))
                .hasMessageContaining("needs a written reason");
        assertThat(jdbc.queryForObject("select count(*) from family where sls_id = ? and final_at is null",
                Integer.class, slsId)).isZero();
        assertThat(task(pi)).isNotNull();
        assertThat(repository.decisions(slsId)).isEmpty();
    }

    @Test
    void kosekaReturnsTheAreaToThePmlWithAReason() {
        ProcessInstance pi = starter.startForSls(slsId);
        complete(task(pi), withVariables(AreaSignoffProcess.VAR_PML_DECISION, AreaSignoffProcess.APPROVE));
        complete(task(pi), withVariables(AreaSignoffProcess.VAR_KOSEKA_DECISION, AreaSignoffProcess.RETURN,
                AreaSignoffProcess.VAR_KOSEKA_REASON, "cakupan terlalu rendah, cek keluarga baru"));
        assertThat(pi).isWaitingAt(AreaSignoffProcess.TASK_APPROVE_AREA);
        assertThat(repository.status(slsId)).isEqualTo(SignoffState.PML_REVIEW);
        assertThat(repository.decisions(slsId)).containsExactly("PML:APPROVE", "KOSEKA:RETURN");
    }

    @Test
    void signoffTasksNameTheirSlsAndReachThePmlAndTheDistrictKosekaThroughTheirFilters() {
        String koseka = districtKoseka("32.16.22");
        FilterAs as = new FilterAs(engine.getFilterService(), engine.getIdentityService());
        String sls = slsCode + " " + jdbc.queryForObject("select s.name || ', desa ' || v.name from sls s"
                + " join village v on v.code = s.village_code where s.id = ?", String.class, slsId);
        ProcessInstance pi = starter.startForSls(slsId);
        assertThat(task(pi).getName()).isEqualTo("Setujui SLS (PML): SLS " + sls);
        assertThat(as.names(team.pmlUser(), TasklistFilters.PML_SIGNOFF)).containsExactly(task(pi).getName());
        assertThat(as.count(team.pmlUser(), TasklistFilters.PML_RETURNED)).isZero();

        complete(task(pi), withVariables(AreaSignoffProcess.VAR_PML_DECISION, AreaSignoffProcess.APPROVE));
        assertThat(task(pi).getName()).isEqualTo("Setujui SLS untuk kecamatan (Koseka): SLS " + sls);
        assertThat(as.names(koseka, TasklistFilters.KOSEKA_DISTRICT)).contains(task(pi).getName());
        // koseka1 coordinates no district of the frame: the group's task is not in its own district list.
        assertThat(as.names("koseka1", TasklistFilters.KOSEKA_DISTRICT)).doesNotContain(task(pi).getName());
        assertThat(as.count(team.pmlUser(), TasklistFilters.PML_SIGNOFF)).isZero();

        complete(task(pi), withVariables(AreaSignoffProcess.VAR_KOSEKA_DECISION, AreaSignoffProcess.RETURN,
                AreaSignoffProcess.VAR_KOSEKA_REASON, "cek keluarga baru"));
        assertThat(as.names(team.pmlUser(), TasklistFilters.PML_RETURNED)).containsExactly(task(pi).getName());
    }

    /** A Koseka officer (and login) for the district, once. */
    private String districtKoseka(String district) {
        String user = "koseka-" + district.replace(".", "");
        users.ensure(new RegencyUsers.NewUser(user, "Koseka", district, null, "demo", Groups.KOSEKA, "32.16"));
        if (jdbc.queryForObject("select count(*) from officer where user_id = ?", Integer.class, user) == 0) {
            jdbc.update("insert into officer (regency_code, officer_code, user_id, name, role, status,"
                    + " home_district_code, email) values ('32.16', ?, ?, ?, 'KOSEKA', 'ACTIVE', ?, ?)",
                    user.toUpperCase(), user, "Koseka " + district, district, user + "@test.regsosek.example");
        }
        return user;
    }

    @Test
    void everySignoffStateIsOneTheTableAcceptsAndNothingElseIs() {
        for (SignoffState state : SignoffState.values()) {
            repository.status(slsId, "32.16", state);
            assertThat(repository.status(slsId)).isEqualTo(state);
        }
        assertThatThrownBy(() -> jdbc.update("update sls_signoff set status = 'APPROVED' where sls_id = ?", slsId))
                .hasMessageContaining("CK_SIGNOFF_STATUS");
    }

    @Test
    void everyStepListsTheSlsFamiliesAndThePmlReopensFromThatList() throws Exception {
        returnedTimes(families.get(0), 3);
        ProcessInstance pi = starter.startForSls(slsId);
        String pmlTask = task(pi).getId();
        JsonNode rows = json(pmlTask, AreaSignoffProcess.VAR_FAMILIES);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("head").asText()).isEqualTo("Kepala 0");
        assertThat(rows.get(0).get("result").asText()).isEqualTo("1 Lengkap");
        assertThat(rows.get(0).get("checked").asText()).isEqualTo("Ya");
        assertThat(rows.get(0).get("returned").asInt()).isEqualTo(3);
        assertThat(rows.get(0).get("flags").asText()).contains("dikembalikan 3 kali");
        assertThat(rows.get(2).get("flags").asText()).contains("menolak");
        assertThat(rows.get(1).get("returned").asInt()).isZero();
        assertThat(rows.get(1).get("checked").asText()).isEqualTo("Belum");
        JsonNode options = json(pmlTask, AreaSignoffProcess.VAR_REOPEN_OPTIONS);
        assertThat(options).hasSize(3);
        assertThat(options.get(2).get("value").asText()).isEqualTo(families.get(2) + "");
        assertThat(options.get(2).get("label").asText()).contains("Kepala 2");

        // The checklist sends a JSON list of the picked ids.
        complete(task(pi), withVariables(AreaSignoffProcess.VAR_PML_DECISION, AreaSignoffProcess.REOPEN,
                AreaSignoffProcess.VAR_REOPEN_FAMILIES, SpinValues.jsonValue("[\"" + families.get(2) + "\"]")
                        .create(), AreaSignoffProcess.VAR_PML_REASON, "penolakan dicoba lagi"));
        assertThat(pi).hasPassed(AreaSignoffProcess.TASK_REOPEN).isWaitingAt(AreaSignoffProcess.GATEWAY_WAIT);
        assertThat(jdbc.queryForList("select id from family where sls_id = ? and final_at is null", Long.class,
                slsId)).containsExactly(families.get(2));

        completion.finish(families.get(2), 1);
        complete(task(pi), withVariables(AreaSignoffProcess.VAR_PML_DECISION, AreaSignoffProcess.APPROVE,
                AreaSignoffProcess.VAR_PML_REASON, ""));
        assertThat(pi).isWaitingAt(AreaSignoffProcess.TASK_APPROVE_DISTRICT);
        String kosekaTask = task(pi).getId();
        assertThat(json(kosekaTask, AreaSignoffProcess.VAR_FAMILIES)).hasSize(3);
        JsonNode decisions = json(kosekaTask, AreaSignoffProcess.VAR_DECISIONS);
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(0).get("decision").asText()).isEqualTo("Buka kembali");
        assertThat(decisions.get(0).get("reason").asText()).isEqualTo("penolakan dicoba lagi");
        assertThat(decisions.get(1).get("step").asText()).isEqualTo("PML");
        assertThat(decisions.get(1).get("decision").asText()).isEqualTo("Setuju");
        assertThat(engine.getTaskService().getVariableLocal(kosekaTask, AreaSignoffProcess.VAR_REOPEN_OPTIONS))
                .isNull();

        complete(task(pi), withVariables(AreaSignoffProcess.VAR_KOSEKA_DECISION, AreaSignoffProcess.APPROVE));
        assertThat(json(task(pi).getId(), AreaSignoffProcess.VAR_FAMILIES)).hasSize(3);
        assertThat(json(task(pi).getId(), AreaSignoffProcess.VAR_DECISIONS)).hasSize(3);
        complete(task(pi), withVariables(AreaSignoffProcess.VAR_ADMIN_NOTE, ""));
        assertThat(pi).isEnded();
    }

    @Test
    void aPmlCannotReopenAFamilyOfAnotherSlsThroughTheForm() {
        ProcessInstance pi = starter.startForSls(slsId);
        long foreign = jdbc.queryForObject("select min(id) from family where sls_id <> ?", Long.class, slsId);
        String taskId = task(pi).getId();
        String foreignBefore = jdbc.queryForObject("select coalesce(cast(final_at as varchar(40)), 'open') from"
                + " family where id = ?", String.class, foreign);
        var variables = withVariables(AreaSignoffProcess.VAR_PML_DECISION, AreaSignoffProcess.REOPEN,
                AreaSignoffProcess.VAR_REOPEN_FAMILIES, SpinValues.jsonValue("[\"" + foreign + "\"]").create(),
                AreaSignoffProcess.VAR_PML_REASON, "coba");
        engine.getIdentityService().setAuthentication(team.pmlUser(), List.of(Groups.PML), List.of("32.16"));
        try {
            assertThatThrownBy(() -> engine.getFormService().submitTaskForm(taskId, variables))
                    .hasMessageContaining("keluarga [" + foreign + "] bukan keluarga SLS " + slsCode);
            // Not a list of choices: refused by the guard before any step runs.
            assertThatThrownBy(() -> engine.getFormService().submitTaskForm(taskId, withVariables(
                    AreaSignoffProcess.VAR_PML_DECISION, AreaSignoffProcess.REOPEN,
                    AreaSignoffProcess.VAR_REOPEN_FAMILIES, SpinValues.jsonValue("{\"id\": 1}").create(),
                    AreaSignoffProcess.VAR_PML_REASON, "coba"))).hasMessageContaining("harus daftar pilihan");
            // The families list is shown, never taken back.
            assertThatThrownBy(() -> engine.getFormService().submitTaskForm(taskId, withVariables(
                    AreaSignoffProcess.VAR_PML_DECISION, AreaSignoffProcess.APPROVE,
                    AreaSignoffProcess.VAR_FAMILIES, "[]"))).hasMessageContaining("tidak ada di formulir ini");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(task(pi).getId()).isEqualTo(taskId);
        assertThat(jdbc.queryForObject("select coalesce(cast(final_at as varchar(40)), 'open') from family"
                + " where id = ?", String.class, foreign)).isEqualTo(foreignBefore);
        assertThat(jdbc.queryForObject("select count(*) from family where sls_id = ? and final_at is null",
                Integer.class, slsId)).isZero();
        assertThat(repository.decisions(slsId)).isEmpty();
    }

    private void returnedTimes(long familyId, int times) {
        for (int i = 0; i < times; i++) {
            jdbc.update("insert into family_check (family_id, checked_at, approved, reason) values (?, ?, false,"
                    + " 'x')", familyId, Timestamp.from(Instant.now()));
        }
        jdbc.update("insert into family_check (family_id, checked_at, approved) values (?, ?, true)", familyId,
                Timestamp.from(Instant.now()));
    }

    private JsonNode json(String taskId, String name) throws Exception {
        var v = (SerializableValue) engine.getTaskService().getVariableLocalTyped(taskId, name, false);
        return new ObjectMapper().readTree(v.getValueSerialized());
    }
}
