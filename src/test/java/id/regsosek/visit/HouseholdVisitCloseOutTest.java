package id.regsosek.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.regsosek.support.TestMail;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Period end: every state still open in the field is closed out (3, or 4 for a refusal); checks go on. */
class HouseholdVisitCloseOutTest extends VisitProcessTestSupport {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    private void periodEnds(ProcessInstance pi) {
        Job timer = management.createJobQuery().processInstanceId(pi.getId())
                .activityId(VisitProcess.TIMER_PERIOD_END).singleResult();
        management.executeJob(timer.getId());
    }

    @Test
    void periodEndClosesOutEveryOpenFieldState() {
        List<ProcessInstance> pis = visits(6);
        // 0: never visited; 1: waiting for a revisit; 2: PML asked for help; 3: PML convincing a refusal;
        // 4: Koseka convincing; 5: waiting for the appointment.
        complete(task(pis.get(1)), FormData.visit(3));
        for (int day = 20; day < 24; day++) {
            complete(task(pis.get(2)), FormData.visitAt(3, "2030-10-" + day + "T10:00"));
            if (day < 23) {
                execute(job(VisitProcess.TIMER_REVISIT, pis.get(2)));
            }
        }
        complete(task(pis.get(3)), FormData.visit(4));
        complete(task(pis.get(4)), FormData.visit(4));
        complete(task(pis.get(4)), withVariables(VisitProcess.CONVINCED, false));
        for (int day = 20; day < 24; day++) {
            complete(task(pis.get(5)), FormData.visitAt(2, "2030-10-" + day + "T17:00"));
            if (day < 23) {
                execute(job(VisitProcess.TIMER_REVISIT, pis.get(5)));
            }
        }
        complete(task(pis.get(5)), withVariables(VisitProcess.APPOINTMENT_AT, "2030-10-30T08:00"));
        assertThat(pis.get(1)).isWaitingAt(VisitProcess.TIMER_REVISIT);
        assertThat(pis.get(2)).isWaitingAt(VisitProcess.TASK_NON_CONTACT_HELP);
        assertThat(pis.get(3)).isWaitingAt(VisitProcess.TASK_CONVINCE_PML);
        assertThat(pis.get(4)).isWaitingAt(VisitProcess.TASK_CONVINCE_OFFICIAL);
        assertThat(pis.get(5)).isWaitingAt(VisitProcess.TIMER_APPOINTMENT);

        int[] expected = {3, 3, 3, 4, 4, 3};
        for (int i = 0; i < pis.size(); i++) {
            periodEnds(pis.get(i));
            assertThat(resultOf(pis.get(i))).as("family %d", i).isEqualTo(expected[i]);
            assertThat(count("select count(*) from family_visit where family_id = ? and closed_out",
                    familyOf(pis.get(i)))).isEqualTo(1);
            if (i < pis.size() - 1) {
                assertThat(pis.get(i)).isEnded().hasPassed(VisitProcess.END_CLOSED_OUT);
            }
        }
        assertThat(count("select count(*) from visit_task t join family f on f.id = t.family_id where f.sls_id = ?",
                team.slsId())).isZero();
        // The last one closed the SLS: its PML is told once, in an async step.
        ProcessInstance last = pis.get(5);
        assertThat(last).isWaitingAt(VisitProcess.TASK_NOTIFY_CLOSE_OUT);
        execute(job(VisitProcess.TASK_NOTIFY_CLOSE_OUT, last));
        assertThat(last).isEnded().hasPassed(VisitProcess.END_CLOSED_OUT_TOLD);
        var mails = mail.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mails[0])).contains(team.slsCode())
                .contains("kode 3 (tidak ada responden sampai akhir periode): 4 keluarga")
                .contains("kode 4 (menolak): 2 keluarga");
    }

    @Test
    void periodEndLeavesACompleteFormToItsCheck() {
        ProcessInstance pi = visitOneFamily();
        complete(task(pi), FormData.keyed(1));
        assertThat(management.createJobQuery().processInstanceId(pi.getId())
                .activityId(VisitProcess.TIMER_PERIOD_END).count()).isZero();
        assertThat(pi).isWaitingAt(VisitProcess.TASK_CHECK_FORM);
    }
}
