package id.regsosek.recruitment.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.regsosek.identity.Groups;
import id.regsosek.mail.OutboxSender;
import id.regsosek.recruitment.RecruitmentFixture;
import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.support.AppTest;
import id.regsosek.support.FilterAs;
import id.regsosek.support.TestMail;
import id.regsosek.tasklist.TaskColumns;
import id.regsosek.tasklist.TasklistFilters;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** officer-recruitment up to the selection: screening by DMN, document check, test, interview and each deadline. */
class ScreeningProcessTest extends AppTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    OutboxSender outbox;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RecruitmentImports imports;
    @Autowired
    JdbcTemplate jdbc;

    RecruitmentFixture fx;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        fx = new RecruitmentFixture(imports, engine.getRuntimeService(), jdbc);
    }

    private ProcessInstance screened(String reg) {
        ProcessInstance pi = fx.instance(reg);
        assertThat(pi).isWaitingAt(RecruitmentProcess.START);
        execute(job(RecruitmentProcess.START, pi));
        return pi;
    }

    private MimeMessage[] mailsTo(String reg) {
        outbox.sendDue();
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(reg.toLowerCase() + "@contoh.id");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    @Test
    void eligibleCandidateIsTestedInterviewedAndAwaitsSelection() {
        String reg = fx.eligible();
        fx.importAll();
        ProcessInstance pi = screened(reg);
        assertThat(pi).hasPassed(RecruitmentProcess.SCREENING).isWaitingAt(RecruitmentProcess.ENTER_TEST_SCORE);
        assertThat(fx.status(reg)).isEqualTo("TESTING");

        fx.testScores(reg + ",80\n");
        assertThat(pi).isWaitingAt(RecruitmentProcess.INTERVIEW);
        assertThat(task(pi)).hasCandidateGroup(Groups.RECRUITMENT_STAFF);
        complete(task(pi), withVariables(RecruitmentProcess.INTERVIEW_SCORE, 70));

        assertThat(pi).isWaitingAt(RecruitmentProcess.WAIT_SELECTION);
        assertThat(fx.status(reg)).isEqualTo("AWAITING_SELECTION");
        assertThat(jdbc.queryForObject("select combined_score from officer_candidate where campaign_key = ? and"
                + " registration_no = ?", Double.class, fx.campaign, reg)).isEqualTo(76.0);
    }

    @Test
    void ineligibleCandidateIsToldAndEnds() throws Exception {
        String lowEducation = fx.add("SMP", RecruitmentFixture.VILLAGE, false, "LENGKAP");
        String elsewhere = fx.add("S1", RecruitmentFixture.OTHER_DISTRICT_VILLAGE, false, "LENGKAP");
        fx.importAll();
        for (String reg : new String[] {lowEducation, elsewhere}) {
            ProcessInstance pi = screened(reg);
            assertThat(pi).isWaitingAt(RecruitmentProcess.NOTIFY_INELIGIBLE);
            execute(job(RecruitmentProcess.NOTIFY_INELIGIBLE, pi));
            assertThat(pi).isEnded().hasPassed(RecruitmentProcess.END_INELIGIBLE);
            assertThat(fx.status(reg)).isEqualTo("INELIGIBLE");
            MimeMessage[] mails = mailsTo(reg);
            assertThat(mails).hasSize(1);
            assertThat(mails[0].getSubject()).contains("seleksi administrasi").contains(reg);
        }
    }

    @Test
    void doubtfulDocumentsGoToStaffWhoAcceptOrReject() {
        String accepted = fx.add("SMA", RecruitmentFixture.VILLAGE, false, "RAGU");
        String rejected = fx.add("SMA", RecruitmentFixture.VILLAGE, false, "TIDAK_LENGKAP");
        fx.importAll();
        ProcessInstance ok = screened(accepted);
        assertThat(ok).isWaitingAt(RecruitmentProcess.VERIFY_DOCUMENTS);
        assertThat(task(ok)).hasCandidateGroup(Groups.RECRUITMENT_STAFF);
        assertThat((String) engine.getRuntimeService().getVariable(ok.getId(), RecruitmentProcess.CANDIDATE_SUMMARY))
                .contains("Calon 1").contains(accepted).doesNotContain("3216011205");
        complete(task(ok), withVariables(RecruitmentProcess.DOCUMENTS_VALID, true));
        assertThat(ok).isWaitingAt(RecruitmentProcess.ENTER_TEST_SCORE);

        ProcessInstance no = screened(rejected);
        complete(task(no), withVariables(RecruitmentProcess.DOCUMENTS_VALID, false,
                RecruitmentProcess.VERIFY_NOTE, "ijazah tidak terbaca"));
        assertThat(no).isWaitingAt(RecruitmentProcess.NOTIFY_INELIGIBLE);
        assertThat(fx.status(rejected)).isEqualTo("INELIGIBLE");
    }

    @Test
    void eachMissedDeadlineDropsTheCandidate() {
        String verify = fx.add("SMA", RecruitmentFixture.VILLAGE, false, "RAGU");
        String test = fx.eligible();
        String interview = fx.eligible();
        fx.importAll();
        ProcessInstance v = screened(verify);
        execute(job(RecruitmentProcess.TIMER_VERIFY, v));
        ProcessInstance t = screened(test);
        execute(job(RecruitmentProcess.TIMER_TEST, t));
        ProcessInstance i = screened(interview);
        fx.testScores(interview + ",55\n");
        execute(job(RecruitmentProcess.TIMER_INTERVIEW, i));
        for (ProcessInstance pi : new ProcessInstance[] {v, t, i}) {
            assertThat(pi).isEnded().hasPassed(RecruitmentProcess.END_DROPPED);
        }
        assertThat(fx.status(verify)).isEqualTo("DROPPED");
        assertThat(fx.status(test)).isEqualTo("DROPPED");
        assertThat(fx.status(interview)).isEqualTo("DROPPED");
    }

    @Test
    void recruitmentTasksNameTheirCandidateAndSitInTheirStepsFilter() {
        String doubtful = fx.add("SMA", RecruitmentFixture.VILLAGE, false, "RAGU");
        String eligible = fx.eligible();
        fx.importAll();
        ProcessInstance verify = screened(doubtful);
        ProcessInstance test = screened(eligible);
        String verifyName = "Verifikasi dokumen: Calon 1, No. pendaftaran " + doubtful + ", Kec. "
                + RecruitmentFixture.DISTRICT + " ";
        assertThat(task(verify).getName()).startsWith(verifyName);
        assertThat(engine.getTaskService().getVariablesLocal(task(test).getId()))
                .containsEntry(TaskColumns.REGISTRATION, eligible).containsEntry(TaskColumns.CANDIDATE, "Calon 2")
                .containsEntry(TaskColumns.DISTRICT, RecruitmentFixture.DISTRICT);

        FilterAs as = new FilterAs(engine.getFilterService(), engine.getIdentityService());
        assertThat(as.names("rekrutmen", TasklistFilters.STAFF_VERIFY)).contains(task(verify).getName())
                .doesNotContain(task(test).getName());
        assertThat(as.names("rekrutmen", TasklistFilters.STAFF_TEST)).contains(task(test).getName())
                .doesNotContain(task(verify).getName());
        assertThat(as.visible("ppl1")).doesNotContain(TasklistFilters.STAFF_VERIFY, TasklistFilters.STAFF_TEST);
    }
}
