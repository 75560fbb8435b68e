package id.regsosek.recruitment.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.regsosek.identity.Groups;
import id.regsosek.imports.ImportReport;
import id.regsosek.recruitment.RecruitmentFixture;
import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.support.AppTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The test score by form (recruitment staff in Tasklist) or by the test's CSV: whichever comes first wins, the
 * other is refused with a message; the deadline still drops a candidate with neither.
 */
class TestScoreFormTest extends AppTest {

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

    private ProcessInstance waitingForTest(String reg) {
        ProcessInstance pi = fx.instance(reg);
        execute(job(RecruitmentProcess.START, pi));
        assertThat(pi).isWaitingAt(RecruitmentProcess.ENTER_TEST_SCORE);
        assertThat(task(pi)).hasCandidateGroup(Groups.RECRUITMENT_STAFF);
        org.assertj.core.api.Assertions.assertThat(task(pi).getName()).startsWith("Input nilai tes: ").contains(reg);
        return pi;
    }

    private ImportReport importScores(String rows) {
        return imports.importTestScores(RecruitmentFixture.REGENCY, fx.campaign, "nilai.csv",
                ("registration_no,test_score\n" + rows).getBytes(StandardCharsets.UTF_8), "test");
    }

    private String source(String reg) {
        return jdbc.queryForObject("select test_score || ' ' || test_score_source from officer_candidate where"
                + " campaign_key = ? and registration_no = ?", String.class, fx.campaign, reg);
    }

    @Test
    void theFormFirstThenTheFileIsRefused() {
        String reg = fx.eligible();
        fx.importAll();
        ProcessInstance pi = waitingForTest(reg);
        Task t = task(pi);
        // Out of range is refused on the server too (the REST API skips the form's validation).
        assertThatThrownBy(() -> engine.getTaskService().complete(t.getId(),
                Map.of(RecruitmentProcess.TEST_SCORE, 101))).hasMessageContaining("test score must be a whole number 0..100");
        assertThat(pi).isWaitingAt(RecruitmentProcess.ENTER_TEST_SCORE);

        engine.getTaskService().complete(t.getId(), Map.of(RecruitmentProcess.TEST_SCORE, 72L));
        assertThat(pi).hasPassed(RecruitmentProcess.ENTER_TEST_SCORE).isWaitingAt(RecruitmentProcess.INTERVIEW);
        assertThat(source(reg)).isEqualTo("72 FORM");

        ImportReport report = importScores(reg + ",72\n");
        assertThat(report.state()).isEqualTo("REJECTED");
        assertThat(report.problems().get(0).toString()).contains("already entered in Tasklist");
        assertThat(source(reg)).isEqualTo("72 FORM");
    }

    @Test
    void theFileFirstClosesTheFormTask() {
        String reg = fx.eligible();
        fx.importAll();
        ProcessInstance pi = waitingForTest(reg);
        String formTask = task(pi).getId();

        fx.testScores(reg + ",64\n");
        assertThat(pi).hasPassed(RecruitmentProcess.TEST_SCORE_IMPORTED).isWaitingAt(RecruitmentProcess.INTERVIEW);
        assertThat(source(reg)).isEqualTo("64 FILE");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), RecruitmentProcess.TEST_SCORE)).isEqualTo(64);
        // The staff member's open form is gone: completing it is refused, the score stays.
        assertThatThrownBy(() -> engine.getTaskService().complete(formTask, Map.of(RecruitmentProcess.TEST_SCORE, 90L)))
                .hasMessageContaining(formTask);
        assertThat(source(reg)).isEqualTo("64 FILE");
        // Re-importing the same file stays harmless.
        assertThat(importScores(reg + ",64\n").state()).isEqualTo("DONE");

        BpmnAwareTests.complete(task(pi), withVariables(RecruitmentProcess.INTERVIEW_SCORE, 70));
        assertThat(fx.status(reg)).isEqualTo("AWAITING_SELECTION");
    }

    @Test
    void theDeadlineStillDropsACandidateWithoutAScore() {
        String reg = fx.eligible();
        fx.importAll();
        ProcessInstance pi = waitingForTest(reg);
        execute(job(RecruitmentProcess.TIMER_TEST, pi));
        assertThat(pi).isEnded().hasPassed(RecruitmentProcess.END_DROPPED);
        assertThat(fx.status(reg)).isEqualTo("DROPPED");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    }
}
