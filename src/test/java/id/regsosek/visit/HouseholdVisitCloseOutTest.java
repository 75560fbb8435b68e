package id.regsosek.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.regsosek.period.PeriodProcess;
import id.regsosek.support.PeriodRegency;
import id.regsosek.support.TestMail;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Period end: the regency's enumeration-period instance closes every state still open in the field (3, or 4 for a
 * refusal) in chunks; checks go on. Runs in a regency of its own (32.77), so no other test's visits are closed.
 */
class HouseholdVisitCloseOutTest extends VisitProcessTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    id.regsosek.signoff.FamilyReopening reopening;

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Override
    protected String regency() {
        PeriodRegency.ensure(imports, users);
        return PeriodRegency.CODE;
    }

    /**
     * The regency's period instance: its timer fires, then its jobs run (plan, one per part, each part's join, the
     * plan again finding nothing open) until the instance ends. Returns how many part jobs ran.
     */
    private int periodEnds(int chunk) {
        ProcessInstance period = runtime.createProcessInstanceQuery().processDefinitionKey(PeriodProcess.KEY)
                .processInstanceBusinessKey(PeriodRegency.CODE).singleResult();
        runtime.setVariable(period.getId(), PeriodProcess.CLOSE_CHUNK, chunk);
        execute(job(PeriodProcess.TIMER_PERIOD_END, period));
        int parts = 0;
        while (runtime.createProcessInstanceQuery().processInstanceId(period.getId()).count() > 0) {
            List<Job> jobs = management.createJobQuery().processInstanceId(period.getId()).list();
            assertThat(jobs).isNotEmpty();
            parts += (int) management.createJobQuery().processInstanceId(period.getId())
                    .activityId(PeriodProcess.TASK_CLOSE_OPEN_VISITS).count();
            jobs.forEach(j -> execute(j));
        }
        assertThat(period).isEnded().hasPassed(PeriodProcess.TASK_MARK_CLOSING, PeriodProcess.TASK_PLAN_CLOSE_OUT,
                PeriodProcess.TASK_CLOSE_OPEN_VISITS, PeriodProcess.TASK_MARK_CLOSED, PeriodProcess.END_PERIOD_CLOSED);
        assertThat(jdbc.queryForObject("select state from enumeration_period where regency_code = ?", String.class,
                PeriodRegency.CODE)).isEqualTo("CLOSED");
        assertThat(count("select count(*) from period_closeout_item where regency_code = ?", PeriodRegency.CODE))
                .as("every part's plan rows gone").isZero();
        return parts;
    }

    @Test
    void periodEndClosesOutEveryOpenFieldState() {
        List<ProcessInstance> pis = visits(6);
        // 0: never visited; 1: waiting for a revisit; 2: PML asked for help; 3: PML convincing a refusal;
        // 4: Koseka convincing; 5: waiting for the appointment.
        complete(task(pis.get(1)), FormData.visit(3));
        for (int day = 20; day < 24; day++) {
            complete(task(pis.get(2)), FormData.visitAt(3, FormData.daysAgo(30 - day, "10:00")));
            if (day < 23) {
                execute(job(VisitProcess.TIMER_REVISIT, pis.get(2)));
            }
        }
        complete(task(pis.get(3)), FormData.visit(4));
        complete(task(pis.get(4)), FormData.visit(4));
        complete(task(pis.get(4)), withVariables(VisitProcess.CONVINCED, false));
        for (int day = 20; day < 24; day++) {
            complete(task(pis.get(5)), FormData.visitAt(2, FormData.daysAgo(30 - day, "17:00")));
            if (day < 23) {
                execute(job(VisitProcess.TIMER_REVISIT, pis.get(5)));
            }
        }
        complete(task(pis.get(5)), withVariables(VisitProcess.APPOINTMENT_AT, FormData.daysAhead(2, "08:00")));
        assertThat(pis.get(1)).isWaitingAt(VisitProcess.TIMER_REVISIT);
        assertThat(pis.get(2)).isWaitingAt(VisitProcess.TASK_NON_CONTACT_HELP);
        assertThat(pis.get(3)).isWaitingAt(VisitProcess.TASK_CONVINCE_PML);
        assertThat(pis.get(4)).isWaitingAt(VisitProcess.TASK_CONVINCE_OFFICIAL);
        assertThat(pis.get(5)).isWaitingAt(VisitProcess.TIMER_APPOINTMENT);
        long closedBefore = closedOut();

        periodEnds(4);

        int[] expected = {3, 3, 3, 4, 4, 3};
        ProcessInstance last = null;
        for (int i = 0; i < pis.size(); i++) {
            assertThat(resultOf(pis.get(i))).as("family %d", i).isEqualTo(expected[i]);
            assertThat(count("select count(*) from family_visit where family_id = ? and closed_out",
                    familyOf(pis.get(i)))).isEqualTo(1);
            assertThat(pis.get(i)).hasPassed(VisitProcess.BOUNDARY_PERIOD_ENDED, VisitProcess.TASK_CLOSE_OUT);
            if (runtime.createProcessInstanceQuery().processInstanceId(pis.get(i).getId()).count() > 0) {
                assertThat(last).as("only the SLS's last family tells the PML").isNull();
                last = pis.get(i);
            } else {
                assertThat(pis.get(i)).isEnded().hasPassed(VisitProcess.END_CLOSED_OUT);
            }
        }
        assertThat(closedOut() - closedBefore).isGreaterThanOrEqualTo(6);
        assertThat(count("select count(*) from visit_task t join family f on f.id = t.family_id where f.sls_id = ?",
                team.slsId())).isZero();
        // The last one closed the SLS: its PML is told once, in an async step that queues the mail.
        assertThat(last).isNotNull().isWaitingAt(VisitProcess.TASK_NOTIFY_CLOSE_OUT);
        execute(job(VisitProcess.TASK_NOTIFY_CLOSE_OUT, last));
        assertThat(last).isEnded().hasPassed(VisitProcess.END_CLOSED_OUT_TOLD);
        outbox.sendDue();
        var mails = java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> com.icegreen.greenmail.util
                .GreenMailUtil.getBody(m).contains(team.slsCode())).toArray();
        assertThat(mails).hasSize(1);
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody((jakarta.mail.Message) mails[0]))
                .contains("kode 3 (tidak ada responden sampai akhir periode): 4 keluarga")
                .contains("kode 4 (menolak): 2 keluarga");
    }

    @Test
    void periodEndLeavesACompleteFormToItsCheck() {
        List<ProcessInstance> pis = visits(3);
        complete(task(pis.get(0)), FormData.keyed(1));
        assertThat(runtime.createEventSubscriptionQuery().processInstanceId(pis.get(0).getId())
                .eventName(VisitProcess.MESSAGE_PERIOD_ENDED).count()).isZero();
        assertThat(pis.get(0)).isWaitingAt(VisitProcess.TASK_CHECK_FORM);

        periodEnds(1);

        assertThat(pis.get(0)).isWaitingAt(VisitProcess.TASK_CHECK_FORM);
        assertThat(resultOf(pis.get(0))).isNull();
        assertThat(resultOf(pis.get(1))).isEqualTo(3);
        assertThat(resultOf(pis.get(2))).isEqualTo(3);
        approve(pis.get(0));
        assertThat(resultOf(pis.get(0))).isEqualTo(1);
    }

    /**
     * A family reopened once the period has closed (a village forum's correction) is visited again, not closed out:
     * no new period instance starts for it (its end long passed, it would close the re-verification out at once), the
     * period stays closed, and the PPL's attempt after the period's end is taken.
     */
    @Test
    void aFamilyReopenedAfterThePeriodClosedWaitsForItsVisit() {
        List<ProcessInstance> pis = visits(2);
        complete(task(pis.get(0)), FormData.keyed(1));
        approve(pis.get(0));
        periodEnds(1);
        assertThat(resultOf(pis.get(1))).isEqualTo(3);
        long family = familyOf(pis.get(0));

        reopening.reopen(team.slsId(), List.of(family), "forum desa: sudah mampu");

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PeriodProcess.KEY)
                .processInstanceBusinessKey(PeriodRegency.CODE).count()).isZero();
        assertThat(jdbc.queryForObject("select state from enumeration_period where regency_code = ?", String.class,
                PeriodRegency.CODE)).isEqualTo("CLOSED");
        management.createJobQuery().tenantIdIn(PeriodRegency.CODE).executable().list().forEach(j -> execute(j));
        ProcessInstance again = runtime.createProcessInstanceQuery().processDefinitionKey(VisitProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(family)).active().singleResult();
        assertThat(again).isWaitingAt(VisitProcess.TASK_VISIT);
        assertThat(resultOf(again)).isNull();
        complete(task(again), FormData.keyed(1));
        approve(again);
        assertThat(resultOf(again)).isEqualTo(1);
    }

    private long closedOut() {
        return jdbc.queryForObject("select closed_out from enumeration_period where regency_code = ?", Long.class,
                PeriodRegency.CODE);
    }
}
