package id.regsosek.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import com.icegreen.greenmail.util.GreenMailUtil;
import id.regsosek.access.SlsAccessProcess;
import id.regsosek.support.TestMail;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.identity.TenantFromRegency;
import id.regsosek.mail.OutboxSender;
import id.regsosek.signoff.AreaSignoffProcess;
import id.regsosek.common.FormText;
import id.regsosek.support.AppTest;
import id.regsosek.support.FilterAs;
import id.regsosek.tasklist.TasklistFilters;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The area-assignment process end to end on H2 with real delegates, tables and mails (GreenMail). */
class AreaAssignmentProcessTest extends AppTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    ProcessEngine engine;
    @Autowired
    OutboxSender outbox;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegencyUsers users;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    private ProcessInstance start(TestDistrict d) {
        return runtime.startProcessInstanceByKey(AreaAssignmentProcess.KEY, d.code,
                Map.of(TenantFromRegency.REGENCY_VARIABLE, TestDistrict.REGENCY, AreaAssignmentProcess.DISTRICT_CODE,
                        d.code));
    }

    private void runJobs(ProcessInstance pi) {
        List<Job> jobs;
        int guard = 0;
        while (!(jobs = management.createJobQuery().processInstanceId(pi.getId()).executable().list()).isEmpty()) {
            jobs.forEach(j -> management.executeJob(j.getId()));
            assertThat(++guard).isLessThan(50);
        }
    }

    private String status(TestDistrict d) {
        return jdbc.queryForObject("select min(status) || '/' || max(status) from sls_assignment where district_code = ?",
                String.class, d.code);
    }

    @Test
    void approveAsProposedMailsEveryOfficerItsAreaList() throws Exception {
        // The domain's usual case: about four small SLS per PPL; each village stays with one PPL.
        TestDistrict d = TestDistrict.create(jdbc, users, "32.16.81", 2, 1, new int[] {60, 70, 55, 65},
                new int[] {62, 58, 66, 64});
        ProcessInstance pi = start(d);
        assertThat(pi).isWaitingAt(AreaAssignmentProcess.TASK_REVIEW);
        assertThat(task(pi)).isAssignedTo(d.kosekaUser());
        org.assertj.core.api.Assertions.assertThat(task(pi).getName())
                .startsWith("Periksa penugasan wilayah (Koseka): Kecamatan " + d.code + " ");
        assertThat(new FilterAs(engine.getFilterService(), engine.getIdentityService())
                .names(d.kosekaUser(), TasklistFilters.KOSEKA_DISTRICT)).contains(task(pi).getName());
        assertThat(d.slsOf(d.ppl.get(0))).containsExactlyElementsOf(d.slsCodes.subList(0, 4));
        assertThat(d.slsOf(d.ppl.get(1))).containsExactlyElementsOf(d.slsCodes.subList(4, 8));
        assertThat(FormText.read(runtime.getVariable(pi.getId(), AreaAssignmentProcess.SUMMARY)))
                .contains("PPL: 2 petugas, maks 250, min 250").contains(d.slsCodes.get(0));
        assertThat(status(d)).isEqualTo("PROPOSED/PROPOSED");

        complete(task(pi), withVariables(AreaAssignmentProcess.APPROVED, true));
        assertThat(status(d)).isEqualTo("APPROVED/APPROVED");
        // The mails are queued with the approval; field work is next, whatever the mail server does.
        assertThat(pi).hasPassed(AreaAssignmentProcess.TASK_MAIL_OFFICERS)
                .isWaitingAt(AreaAssignmentProcess.TASK_START_FIELDWORK);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where template = ? and reference like ?"
                + " and state = 'QUEUED'", Integer.class, AreaListMail.TEMPLATE_APPROVED, "officer %-321681-%"))
                .isEqualTo(3);
        runJobs(pi);
        assertThat(pi).hasPassed(AreaAssignmentProcess.TASK_START_FIELDWORK)
                .isWaitingAt(AreaAssignmentProcess.WAIT_CLOSED);
        // Field work started: every SLS of the district now has its sign-off waiting for its families.
        for (String sls : d.slsCodes) {
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AreaSignoffProcess.KEY)
                    .processInstanceBusinessKey(sls).count()).as(sls).isEqualTo(1);
        }

        outbox.sendDue();
        MimeMessage[] received = mail.getReceivedMessages();
        List<MimeMessage> mine = Arrays.stream(received).filter(m -> to(m).endsWith("@test.example")
                && to(m).contains("321681")).toList();
        assertThat(mine).hasSize(3);
        MimeMessage ppl1 = mine.stream().filter(m -> to(m).startsWith("ppl-321681-01")).findFirst().orElseThrow();
        assertThat(ppl1.getSubject()).contains("Wilayah tugas").contains("PPL-321681-01");
        MimeMultipart parts = (MimeMultipart) ppl1.getContent();
        String csv = GreenMailUtil.getBody(parts.getBodyPart(1));
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("wilayah-tugas-PPL-321681-01.csv");
        assertThat(csv)
                .startsWith("sls_code,sls_name,expected_families,ppl_code,pml_code")
                .contains(d.slsCodes.get(0) + ",RT 0001,60,PPL-321681-01,PML-321681-01")
                .doesNotContain(d.slsCodes.get(4));

        runtime.correlateMessage(AreaAssignmentProcess.MESSAGE_OPERATION_CLOSED, d.code);
        assertThat(pi).isEnded();
    }

    @Test
    void fieldworkOfALargeDistrictCommitsInChunksOfOneJobEach() {
        // 1,001 families: two full chunks of 500 visits, then the last family with the SLS sign-offs.
        TestDistrict d = TestDistrict.create(jdbc, users, "32.16.92", 4, 1, new int[] {400, 400, 201});
        List<Object[]> families = new java.util.ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            String sls = d.slsCodes.get(i < 400 ? 0 : i < 800 ? 1 : 2);
            families.add(new Object[] {TestDistrict.REGENCY, sls, String.format("3216920%09d", i), "Keluarga " + i});
        }
        jdbc.batchUpdate("insert into family (regency_code, sls_id, kk_number, head_name, origin) select ?, id, ?, ?,"
                + " 'PRELIST' from sls where code = ?", families.stream().map(f -> new Object[] {f[0], f[2], f[3], f[1]})
                .toList());
        ProcessInstance pi = start(d);
        complete(task(pi), withVariables(AreaAssignmentProcess.APPROVED, true));
        List<Job> mails;
        while (!(mails = management.createJobQuery().processInstanceId(pi.getId())
                .activityId(AreaAssignmentProcess.TASK_MAIL_OFFICERS).list()).isEmpty()) {
            mails.forEach(j -> management.executeJob(j.getId()));
        }
        for (int expected : new int[] {500, 1000, 1001}) {
            Job chunk = management.createJobQuery().processInstanceId(pi.getId())
                    .activityId(AreaAssignmentProcess.TASK_START_FIELDWORK).singleResult();
            assertThat(chunk).as("a job for the chunk up to " + expected).isNotNull();
            management.executeJob(chunk.getId());
            assertThat(jdbc.queryForObject("select count(*) from family_visit v join sls s on s.id = v.sls_id"
                    + " where s.district_code = ?", Integer.class, d.code)).isEqualTo(expected);
        }
        assertThat(pi).isWaitingAt(AreaAssignmentProcess.WAIT_CLOSED);
        for (String sls : d.slsCodes) {
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AreaSignoffProcess.KEY)
                    .processInstanceBusinessKey(sls).count()).as(sls).isEqualTo(1);
        }
        runtime.correlateMessage(AreaAssignmentProcess.MESSAGE_OPERATION_CLOSED, d.code);
        assertThat(pi).isEnded();
    }

    @Test
    void aClosedBuildingGetsItsAccessStepWhenTheDistrictsVisitsStartAndItsVisitsWait() {
        TestDistrict d = TestDistrict.create(jdbc, users, "32.16.95", 1, 1, new int[] {3, 2});
        String open = d.slsCodes.get(0);
        String apartment = d.slsCodes.get(1);
        jdbc.update("update sls set access_kind = 'APARTEMEN' where code = ?", apartment);
        for (String sls : d.slsCodes) {
            jdbc.update("insert into family (regency_code, sls_id, head_name, origin) select regency_code, id, 'Kepala',"
                    + " 'PRELIST' from sls where code = ?", sls);
        }
        ProcessInstance pi = start(d);
        complete(task(pi), withVariables(AreaAssignmentProcess.APPROVED, true));
        runJobs(pi);
        assertThat(pi).isWaitingAt(AreaAssignmentProcess.WAIT_CLOSED);
        assertThat(visitsOf(open)).isEqualTo(1);
        assertThat(visitsOf(apartment)).as("held back for the management's permission").isZero();
        ProcessInstance access = runtime.createProcessInstanceQuery().processDefinitionKey(SlsAccessProcess.KEY)
                .processInstanceBusinessKey(apartment).singleResult();
        assertThat(access).isWaitingAt(SlsAccessProcess.TASK_KOSEKA);
        assertThat(task(access)).isAssignedTo(d.kosekaUser());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(SlsAccessProcess.KEY)
                .processInstanceBusinessKey(open).count()).as("an open SLS needs no permission").isZero();

        complete(task(access), withVariables(SlsAccessProcess.VAR_DECISION, SlsAccessProcess.GRANTED,
                SlsAccessProcess.VAR_GRANTED_BY, "Pengelola", SlsAccessProcess.VAR_HOURS_FROM, "16:00",
                SlsAccessProcess.VAR_HOURS_TO, "20:00", SlsAccessProcess.VAR_CONTACT_NAME, "Resepsionis"));
        runJobs(access);
        assertThat(access).isEnded();
        assertThat(visitsOf(apartment)).isEqualTo(1);
        runtime.correlateMessage(AreaAssignmentProcess.MESSAGE_OPERATION_CLOSED, d.code);
    }

    private int visitsOf(String slsCode) {
        return jdbc.queryForObject("select count(*) from family_visit v join sls s on s.id = v.sls_id where s.code = ?",
                Integer.class, slsCode);
    }

    @Test
    void approveAfterMovesRecordsThemAndReviewsAgain() {
        TestDistrict d = TestDistrict.create(jdbc, users, "32.16.82", 2, 2, new int[] {250, 250, 250, 250});
        ProcessInstance pi = start(d);
        String sls = d.slsCodes.get(3);
        assertThat(d.pplOf(sls)).isEqualTo(d.ppl.get(1));
        complete(task(pi), withVariables(AreaAssignmentProcess.MOVES, sls + " -> " + d.officerCode("PPL", 1) + "\n"
                + d.officerCode("PPL", 2) + " -> " + d.officerCode("PML", 2), AreaAssignmentProcess.APPROVED, false));
        assertThat(pi).isWaitingAt(AreaAssignmentProcess.TASK_REVIEW);
        assertThat(d.pplOf(sls)).isEqualTo(d.ppl.get(0));
        assertThat(d.pmlOf(d.slsCodes.get(2))).isEqualTo(d.pml.get(1));
        assertThat(FormText.read(runtime.getVariable(pi.getId(), AreaAssignmentProcess.SUMMARY)))
                .contains("PERINGATAN: PPL " + d.officerCode("PPL", 1) + " PPL 1 750 KK, di luar target +-20%");
        assertThat(jdbc.queryForObject("select count(*) from assignment_move where district_code = ? and kind = 'MOVE'",
                Integer.class, d.code)).isEqualTo(2);
        complete(task(pi), withVariables(AreaAssignmentProcess.APPROVED, true));
        assertThat(pi).isWaitingAt(AreaAssignmentProcess.TASK_START_FIELDWORK);
        assertThat(status(d)).isEqualTo("APPROVED/APPROVED");
    }

    @Test
    void invalidMoveIsRejectedAndNothingChanges() {
        TestDistrict d = TestDistrict.create(jdbc, users, "32.16.83", 2, 1, new int[] {250, 250});
        ProcessInstance pi = start(d);
        Task review = task(pi);
        String good = d.slsCodes.get(0) + " -> " + d.officerCode("PPL", 2);
        assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of(AreaAssignmentProcess.MOVES, good + "\n"
                + "32.16.01.1007.0001.00 -> " + d.officerCode("PPL", 1) + "\n" + d.slsCodes.get(1) + " -> NOBODY\n"
                + good + "\nrubbish", AreaAssignmentProcess.APPROVED, true)))
                .hasMessageContaining("line 2: 32.16.01.1007.0001.00 is neither an SLS of district 32.16.83")
                .hasMessageContaining("line 3: NOBODY is not an active PPL or PML of district 32.16.83")
                .hasMessageContaining("line 4: " + d.slsCodes.get(0) + " is already moved on line 1")
                .hasMessageContaining("line 5: expected 'SLS_CODE -> OFFICER_CODE'");
        assertThat(pi).isWaitingAt(AreaAssignmentProcess.TASK_REVIEW);
        assertThat(d.pplOf(d.slsCodes.get(0))).isEqualTo(d.ppl.get(0));
        assertThat(status(d)).isEqualTo("PROPOSED/PROPOSED");
    }

    @Test
    void districtWithMoreWorkThanOfficersIsFlagged() {
        TestDistrict d = TestDistrict.create(jdbc, users, "32.16.84", false, 2, 1, new int[] {250, 250, 250},
                new int[] {250, 250, 250});
        ProcessInstance pi = start(d);
        assertThat(pi).isWaitingAt(AreaAssignmentProcess.TASK_REVIEW).variables()
                .containsEntry(AreaAssignmentProcess.OVERLOADED, true);
        assertThat(task(pi)).hasCandidateGroup(Groups.KOSEKA).isNotAssigned();
        assertThat(FormText.read(runtime.getVariable(pi.getId(), AreaAssignmentProcess.SUMMARY)))
                .contains("PERINGATAN: beban kecamatan melebihi kapasitas petugas")
                .contains("750 KK (+200%)");
        assertThat(jdbc.queryForObject("select overloaded from assignment_plan where district_code = ?",
                Boolean.class, d.code)).isTrue();
    }

    @Test
    void dropoutOfPplWithOpenWorkGoesToReserveAndMovesItsTasks() throws Exception {
        TestDistrict d = TestDistrict.create(jdbc, users, "32.16.85", 4, 1, new int[] {250, 250, 250});
        ProcessInstance pi = start(d);
        complete(task(pi), withVariables(AreaAssignmentProcess.APPROVED, true));
        runJobs(pi);
        long leaving = d.pplOf(d.slsCodes.get(1));
        long reserve = d.ppl.get(3);
        assertThat(d.slsOf(reserve)).isEmpty();
        List<String> visits = List.of(visit(d, d.slsCodes.get(1), d.userOf(leaving)),
                visit(d, d.slsCodes.get(1), d.userOf(leaving)), visit(d, null, d.userOf(leaving)),
                visit(d, d.slsCodes.get(0), d.userOf(d.ppl.get(0))));
        outbox.sendDue();
        mail.reset();

        runtime.createMessageCorrelation(AreaAssignmentProcess.MESSAGE_OFFICER_DROPOUT).processInstanceBusinessKey(d.code)
                .setVariable(AreaAssignmentProcess.OFFICER_ID, leaving)
                .setVariable(AreaAssignmentProcess.REASON, "sakit").correlate();
        assertThat(pi).isWaitingAt(AreaAssignmentProcess.TASK_REVIEW_REASSIGNMENT, AreaAssignmentProcess.WAIT_CLOSED);
        assertThat(d.slsOf(reserve)).containsExactly(d.slsCodes.get(1));
        assertThat(jdbc.queryForObject("select status from officer where id = ?", String.class, leaving))
                .isEqualTo("DROPPED");
        assertThat(tasks.createTaskQuery().taskAssignee(d.userOf(leaving)).count()).isEqualTo(3);

        Task review = tasks.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(AreaAssignmentProcess.TASK_REVIEW_REASSIGNMENT).singleResult();
        assertThat(review).isAssignedTo(d.kosekaUser());
        assertThat(FormText.read(tasks.getVariable(review.getId(), AreaAssignmentProcess.SUMMARY))).contains(d.officerCode("PPL", 4))
                .doesNotContain(officerCodeOf(leaving)).doesNotContain("cadangan");
        tasks.complete(review.getId(), Map.of(AreaAssignmentProcess.APPROVED, true));
        runJobs(pi);
        outbox.sendDue();

        assertThat(tasks.createTaskQuery().taskAssignee(d.userOf(leaving)).count()).isZero();
        assertThat(tasks.createTaskQuery().taskIdIn(visits.get(0), visits.get(1), visits.get(2))
                .taskAssignee(d.userOf(reserve)).count()).isEqualTo(3);
        assertThat(tasks.createTaskQuery().taskId(visits.get(3)).singleResult().getAssignee())
                .isEqualTo(d.userOf(d.ppl.get(0)));
        List<MimeMessage> toDistrict = Arrays.stream(mail.getReceivedMessages()).filter(m -> to(m).contains("321685"))
                .toList();
        assertThat(toDistrict).hasSize(1);
        assertThat(to(toDistrict.get(0))).startsWith(d.userOf(reserve));
        assertThat(toDistrict.get(0).getSubject()).contains("Perubahan wilayah tugas");
        assertThat(pi).isWaitingAt(AreaAssignmentProcess.WAIT_CLOSED);
        assertThat(jdbc.queryForObject("select tasks_moved from officer_dropout where officer_id = ?", Integer.class,
                leaving)).isEqualTo(3);
    }

    @Test
    void dropoutOfPmlSpreadsItsPplOverTheOtherPml() {
        TestDistrict d = TestDistrict.create(jdbc, users, "32.16.86", 8, 2, new int[] {250, 250, 250, 250},
                new int[] {250, 250, 250, 250});
        ProcessInstance pi = start(d);
        complete(task(pi), withVariables(AreaAssignmentProcess.APPROVED, true));
        runJobs(pi);
        long leaving = d.pml.get(0);
        assertThat(d.pmlOf(d.slsCodes.get(0))).isEqualTo(leaving);
        String check = visit(d, d.slsCodes.get(0), d.userOf(leaving));

        runtime.createMessageCorrelation(AreaAssignmentProcess.MESSAGE_OFFICER_DROPOUT).processInstanceBusinessKey(d.code)
                .setVariable(AreaAssignmentProcess.OFFICER_ID, leaving)
                .setVariable(AreaAssignmentProcess.REASON, "mengundurkan diri").correlate();
        d.slsCodes.forEach(s -> assertThat(d.pmlOf(s)).isEqualTo(d.pml.get(1)));
        Task review = tasks.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(AreaAssignmentProcess.TASK_REVIEW_REASSIGNMENT).singleResult();
        tasks.complete(review.getId(), Map.of(AreaAssignmentProcess.APPROVED, true));
        runJobs(pi);
        assertThat(tasks.createTaskQuery().taskId(check).singleResult().getAssignee()).isEqualTo(d.userOf(d.pml.get(1)));
        assertThat(pi).isWaitingAt(AreaAssignmentProcess.WAIT_CLOSED);
    }

    private String visit(TestDistrict d, String slsCode, String assignee) {
        if (repository.createProcessDefinitionQuery().processDefinitionKey("household-probe").count() == 0) {
            repository.createDeployment().name("household-probe")
                    .addClasspathResource("test-processes/household-probe.bpmn").deploy();
        }
        Map<String, Object> vars = new java.util.HashMap<>(Map.of(TenantFromRegency.REGENCY_VARIABLE,
                TestDistrict.REGENCY, "assignee", assignee));
        if (slsCode != null) {
            vars.put(AreaAssignmentProcess.SLS_CODE, slsCode);
        }
        ProcessInstance p = runtime.startProcessInstanceByKey("household-probe", vars);
        return tasks.createTaskQuery().processInstanceId(p.getId()).singleResult().getId();
    }

    private String officerCodeOf(long id) {
        return jdbc.queryForObject("select officer_code from officer where id = ?", String.class, id);
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theReviewIsATableAndMovesArePickedFromTheDistrictsChoices() throws Exception {
        TestDistrict d = TestDistrict.create(jdbc, users, "32.16.68", 2, 2, new int[] {250, 250, 250, 250});
        ProcessInstance pi = start(d);
        String review = task(pi).getId();
        JsonNode rows = json(review, AreaAssignmentProcess.PLAN_OFFICERS);
        JsonNode ppl1 = row(rows, d.officerCode("PPL", 1));
        assertThat(ppl1.get("role").asText()).isEqualTo("PPL");
        assertThat(ppl1.get("slsCount").asInt()).isEqualTo(2);
        assertThat(ppl1.get("families").asInt()).isEqualTo(500);
        assertThat(ppl1.get("load").asText()).isEqualTo("500 / 250 (+100%)");
        assertThat(ppl1.get("warnings").asText()).contains("di luar target +-20%");
        assertThat(row(rows, d.officerCode("PML", 1)).get("role").asText()).isEqualTo("PML");
        String sls = d.slsCodes.get(3);
        assertThat(values(json(review, AreaAssignmentProcess.MOVE_FROM_OPTIONS))).contains(sls,
                d.officerCode("PPL", 2));
        assertThat(values(json(review, AreaAssignmentProcess.MOVE_TO_OPTIONS))).containsExactly(
                d.officerCode("PPL", 1), d.officerCode("PPL", 2), d.officerCode("PML", 1), d.officerCode("PML", 2));
        assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys(AreaAssignmentProcess.PLAN_OFFICERS);

        complete(task(pi), withVariables(AreaAssignmentProcess.moveFrom(1), sls, AreaAssignmentProcess.moveTo(1),
                d.officerCode("PPL", 1), AreaAssignmentProcess.APPROVED, false));
        assertThat(pi).isWaitingAt(AreaAssignmentProcess.TASK_REVIEW);
        assertThat(d.pplOf(sls)).isEqualTo(d.ppl.get(0));
        assertThat(row(json(task(pi).getId(), AreaAssignmentProcess.PLAN_OFFICERS), d.officerCode("PPL", 1))
                .get("slsCount").asInt()).isEqualTo(3);
        assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys(AreaAssignmentProcess.moveFrom(1));
        complete(task(pi), withVariables(AreaAssignmentProcess.APPROVED, true));
        assertThat(pi).isWaitingAt(AreaAssignmentProcess.TASK_START_FIELDWORK);
    }

    @Test
    void aPickedMoveOutsideTheDistrictOrHalfPickedIsRefused() {
        TestDistrict d = TestDistrict.create(jdbc, users, "32.16.69", 2, 1, new int[] {250, 250});
        ProcessInstance pi = start(d);
        String review = task(pi).getId();
        engine.getIdentityService().setAuthentication(d.kosekaUser(), List.of(Groups.KOSEKA),
                List.of(TestDistrict.REGENCY));
        try {
            assertThatThrownBy(() -> engine.getFormService().submitTaskForm(review, Map.of(
                    AreaAssignmentProcess.moveFrom(1), "32.16.01.1007.0001.00", AreaAssignmentProcess.moveTo(1),
                    d.officerCode("PPL", 1), AreaAssignmentProcess.APPROVED, false)))
                    .hasMessageContaining("32.16.01.1007.0001.00 is neither an SLS of district 32.16.69");
            assertThatThrownBy(() -> engine.getFormService().submitTaskForm(review, Map.of(
                    AreaAssignmentProcess.moveFrom(2), d.slsCodes.get(0), AreaAssignmentProcess.APPROVED, false)))
                    .hasMessageContaining("perpindahan ke-2: pilih yang dipindahkan dan petugas tujuannya");
            // Codes are picked, no longer typed: the old text field is not on the form.
            assertThatThrownBy(() -> engine.getFormService().submitTaskForm(review, Map.of(
                    AreaAssignmentProcess.MOVES, d.slsCodes.get(0) + " -> " + d.officerCode("PPL", 2))))
                    .hasMessageContaining("tidak ada di formulir ini");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(task(pi).getId()).isEqualTo(review);
        assertThat(d.pplOf(d.slsCodes.get(0))).isEqualTo(d.ppl.get(0));
    }

    private JsonNode json(String taskId, String name) throws Exception {
        var v = (SerializableValue) tasks.getVariableLocalTyped(taskId, name, false);
        return new ObjectMapper().readTree(v.getValueSerialized());
    }

    private static JsonNode row(JsonNode rows, String officerCode) {
        for (JsonNode r : rows) {
            if (r.get("officer").asText().startsWith(officerCode + " ")) {
                return r;
            }
        }
        throw new AssertionError("no row of " + officerCode + " in " + rows);
    }

    private static List<String> values(JsonNode options) {
        List<String> out = new java.util.ArrayList<>();
        options.forEach(o -> out.add(o.get("value").asText()));
        return out;
    }
}
