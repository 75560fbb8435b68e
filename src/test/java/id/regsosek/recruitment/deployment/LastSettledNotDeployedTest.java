package id.regsosek.recruitment.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.regsosek.assignment.AreaAssignmentProcess;
import id.regsosek.recruitment.RecruitmentFixture;
import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.recruitment.candidate.RecruitmentImports;
import id.regsosek.recruitment.selection.SelectionProcess;
import id.regsosek.recruitment.selection.SelectionStarter;
import id.regsosek.support.AppTest;
import id.regsosek.support.TestMail;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The last selected officer of a district settles as NOT_DEPLOYED (failed training, reserve exhausted): the
 * district's area assignment starts all the same, with the officers that were deployed.
 */
class LastSettledNotDeployedTest extends AppTest {

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

    private void trained(ProcessInstance pi, boolean passed) {
        engine.getRuntimeService().createMessageCorrelation(RecruitmentProcess.MSG_TRAINING_RESULT)
                .processInstanceId(pi.getId()).setVariable(RecruitmentProcess.TRAINING_PASSED, passed).correlate();
        drain(pi);
    }

    private long assignments(String district) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AreaAssignmentProcess.KEY)
                .processInstanceBusinessKey(district).count();
    }

    @Test
    void aNotDeployedLastCandidateStartsTheDistrictsAreaAssignment() {
        String district = RecruitmentFixture.newDistrict(jdbc, 500); // 2 PPL, 1 PML, nobody in reserve
        String pml = fx.add("SMA", district, district + ".2001", true, "LENGKAP");
        String first = fx.add("SMA", district, district + ".2001", false, "LENGKAP");
        String ppl = fx.add("SMA", district, district + ".2001", false, "LENGKAP");
        fx.importAll();
        for (String reg : List.of(pml, first, ppl)) {
            execute(job(RecruitmentProcess.START, fx.instance(reg)));
        }
        fx.testScores(pml + ",90\n" + first + ",85\n" + ppl + ",80\n");
        for (String reg : List.of(pml, first, ppl)) {
            complete(task(fx.instance(reg)), withVariables(RecruitmentProcess.INTERVIEW_SCORE, 80));
        }
        ProcessInstance sel = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(starter.start(RecruitmentFixture.REGENCY, fx.campaign, district)).singleResult();
        execute(job(SelectionProcess.START, sel));
        complete(task(sel));
        execute(job(SelectionProcess.PUBLISH, sel));
        assertThat(sel).isEnded().hasPassed(SelectionProcess.END);

        ProcessInstance pmlPi = fx.instance(pml);
        ProcessInstance firstPi = fx.instance(first);
        ProcessInstance pplPi = fx.instance(ppl);
        drain(pmlPi);
        drain(firstPi);
        drain(pplPi);
        trained(pmlPi, true);
        trained(firstPi, true);
        assertThat(pmlPi).isWaitingAt(RecruitmentProcess.WAIT_DROPOUT);
        assertThat(firstPi).isWaitingAt(RecruitmentProcess.WAIT_DROPOUT);
        assertThat(assignments(district)).as("the PPL has not settled yet").isZero();

        // The PPL fails, no reserve: not deployed, the admin is told, and the district is handed over.
        trained(pplPi, false);
        assertThat(pplPi).hasNotPassed(RecruitmentProcess.DEPLOY).isWaitingAt(RecruitmentProcess.RESERVE_EXHAUSTED);
        assertThat(fx.status(ppl)).isEqualTo("NOT_DEPLOYED");
        assertThat(assignments(district)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from district_selection where campaign_key = ? and"
                + " handed_over_at is not null", Integer.class, fx.campaign)).isOne();
    }
}
