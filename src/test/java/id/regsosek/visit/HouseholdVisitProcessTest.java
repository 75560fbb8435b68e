package id.regsosek.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.support.AppTest;
import java.util.List;
import java.util.Map;
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

/** Every path of household-visit, with real delegates and tables (timers driven by executing their jobs). */
class HouseholdVisitProcessTest extends VisitProcessTestSupport {

    @Test
    void completeFirstTimeThenApproved() {
        ProcessInstance pi = visitOneFamily();
        assertThat(pi).isWaitingAt(VisitProcess.TASK_VISIT);
        assertThat(task(pi)).isAssignedTo(team.pplUser());
        complete(task(pi), FormData.keyed(1));
        assertThat(pi).isWaitingAt(VisitProcess.TASK_CHECK_FORM);
        assertThat(task(pi)).isAssignedTo(team.pmlUser());
        // The keyed data lives in our tables, not in the process.
        assertThat(runtime.getVariable(pi.getId(), "headNik")).isNull();
        assertThat(count("select count(*) from family_member where family_id = ?", familyOf(pi))).isEqualTo(1);
        assertThat(count("select count(*) from family_asset where family_id = ?", familyOf(pi))).isEqualTo(2);
        approve(pi);
        assertThat(pi).isEnded().hasPassed(VisitProcess.END_FINAL);
        assertThat(resultOf(pi)).isEqualTo(1);
        assertThat(count("select count(*) from visit_attempt where family_id = ?", familyOf(pi))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select pml_officer_code from family_check where family_id = ?", String.class,
                familyOf(pi))).isEqualTo(team.pmlUser().toUpperCase());
        assertThat(count("select count(*) from visit_task where family_id = ?", familyOf(pi))).isZero();
    }

    @Test
    void startingTwiceStartsNothingMore() {
        visitOneFamily();
        assertThat(starter.startVisitsForSls(team.slsId())).isZero();
    }

    @Test
    void nobodyHomeIsRevisitedAtAnotherTimeOfDayThenComplete() {
        ProcessInstance pi = visitOneFamily();
        // Visited early today (local): the revisit is tomorrow afternoon, another time of day.
        complete(task(pi), FormData.visitAt(3, FormData.daysAgo(0, "00:00")));
        assertThat(pi).isWaitingAt(VisitProcess.TIMER_REVISIT);
        var revisit = jdbc.queryForMap("select kind, notice_letter, planned_at from visit_appointment"
                + " where family_id = ?", familyOf(pi));
        assertThat(revisit.get("kind")).isEqualTo("REVISIT");
        assertThat(revisit.get("notice_letter")).isEqualTo(true);
        // 00:00 Jakarta -> next day 15:00 Jakarta (08:00 UTC)
        assertThat(((java.sql.Timestamp) revisit.get("planned_at")).toInstant()).isEqualTo(
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(1).atTime(15, 0)
                        .atZone(java.time.ZoneId.of("Asia/Jakarta")).toInstant());
        execute(job(VisitProcess.TIMER_REVISIT, pi));
        assertThat(pi).isWaitingAt(VisitProcess.TASK_VISIT);
        complete(task(pi), FormData.keyed(1));
        approve(pi);
        assertThat(resultOf(pi)).isEqualTo(1);
        assertThat(count("select count(*) from visit_attempt where family_id = ?", familyOf(pi))).isEqualTo(2);
    }

    @Test
    void afterMaxAttemptDaysThePmlHelpsThenThePplTriesAgain() {
        ProcessInstance pi = visitOneFamily();
        for (int day = 20; day < 23; day++) {
            complete(task(pi), FormData.visitAt(day % 2 == 0 ? 3 : 2, FormData.daysAgo(30 - day, "10:00")));
            assertThat(pi).isWaitingAt(VisitProcess.TIMER_REVISIT);
            execute(job(VisitProcess.TIMER_REVISIT, pi));
        }
        complete(task(pi), FormData.visitAt(3, FormData.daysAgo(7, "19:00")));
        assertThat(pi).isWaitingAt(VisitProcess.TASK_NON_CONTACT_HELP);
        assertThat(task(pi)).isAssignedTo(team.pmlUser());
        complete(task(pi), withVariables(VisitProcess.APPOINTMENT_AT, FormData.daysAhead(2, "18:30"), "helpNote",
                "Tetangga: keluarga pulang kerja jam 18"));
        assertThat(pi).isWaitingAt(VisitProcess.TIMER_APPOINTMENT);
        assertThat(count("select count(*) from visit_appointment where family_id = ? and kind = 'APPOINTMENT'",
                familyOf(pi))).isEqualTo(1);
        execute(job(VisitProcess.TIMER_APPOINTMENT, pi));
        assertThat(pi).isWaitingAt(VisitProcess.TASK_VISIT);
        complete(task(pi), FormData.keyed(1));
        approve(pi);
        assertThat(resultOf(pi)).isEqualTo(1);
        assertThat(count("select count(*) from visit_attempt where family_id = ?", familyOf(pi))).isEqualTo(5);
    }

    @Test
    void refusalConvincedByThePml() {
        ProcessInstance pi = visitOneFamily();
        complete(task(pi), FormData.visit(4));
        assertThat(pi).isWaitingAt(VisitProcess.TASK_CONVINCE_PML);
        assertThat(task(pi)).isAssignedTo(team.pmlUser());
        complete(task(pi), withVariables(VisitProcess.CONVINCED, true));
        assertThat(pi).isWaitingAt(VisitProcess.TASK_VISIT);
    }

    @Test
    void refusalConvincedByTheKosekaOrALocalOfficial() {
        ProcessInstance pi = visitOneFamily();
        complete(task(pi), FormData.visit(4));
        complete(task(pi), withVariables(VisitProcess.CONVINCED, false));
        assertThat(pi).isWaitingAt(VisitProcess.TASK_CONVINCE_OFFICIAL);
        assertThat(task(pi)).hasCandidateGroup(Groups.KOSEKA);
        complete(task(pi), withVariables(VisitProcess.CONVINCED, true));
        assertThat(pi).isWaitingAt(VisitProcess.TASK_VISIT);
        complete(task(pi), FormData.keyed(1));
        approve(pi);
        assertThat(resultOf(pi)).isEqualTo(1);
    }

    @Test
    void finalRefusalEndsWithCode4() {
        ProcessInstance pi = visitOneFamily();
        complete(task(pi), FormData.visit(4));
        complete(task(pi), withVariables(VisitProcess.CONVINCED, false));
        complete(task(pi), withVariables(VisitProcess.CONVINCED, false));
        assertThat(pi).isEnded().hasPassed("End_FieldRefused", VisitProcess.END_FINAL);
        assertThat(resultOf(pi)).isEqualTo(4);
    }

    @Test
    void movedConfirmedByThePml() {
        ProcessInstance pi = visitOneFamily();
        Map<String, Object> v = FormData.visit(5);
        v.put(VisitProcess.PRELIST_STATUS, "MOVED");
        complete(task(pi), v);
        assertThat(pi).isWaitingAt(VisitProcess.TASK_CONFIRM_MOVE);
        complete(task(pi), withVariables(VisitProcess.MOVE_CONFIRMED, true));
        assertThat(pi).isEnded();
        assertThat(resultOf(pi)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select prelist_status from family where id = ?", String.class,
                familyOf(pi))).isEqualTo("MOVED");
    }

    @Test
    void moveNotConfirmedGoesBackToTheField() {
        ProcessInstance pi = visitOneFamily();
        complete(task(pi), FormData.visit(5));
        complete(task(pi), withVariables(VisitProcess.MOVE_CONFIRMED, false));
        assertThat(pi).isWaitingAt(VisitProcess.TASK_VISIT);
        assertThat(resultOf(pi)).isNull();
    }

    @Test
    void aNewFamilyFoundInTheFieldGetsItsOwnVisit() {
        ProcessInstance pi = visitOneFamily();
        Map<String, Object> v = FormData.keyed(1);
        v.put(VisitProcess.NEW_FAMILY_HEAD, "Siti Aminah");
        v.put("newFamilyAddress", "Jl. Contoh No. 1A");
        complete(task(pi), v);
        Long newId = jdbc.queryForObject("select id from family where sls_id = ? and origin = 'NEW'", Long.class,
                team.slsId());
        ProcessInstance added = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(newId))
                .singleResult();
        assertThat(added).isWaitingAt(VisitProcess.TASK_VISIT);
        assertThat(task(added)).isAssignedTo(team.pplUser());
        assertThat(runtime.getVariable(pi.getId(), VisitProcess.NEW_FAMILY_HEAD)).isNull();
    }

    @Test
    void returnedFormCyclesUntilApproved() {
        ProcessInstance pi = visitOneFamily();
        complete(task(pi), FormData.keyed(1));
        complete(task(pi), withVariables(VisitProcess.APPROVED, false, VisitProcess.RETURN_REASON,
                "Umur kepala keluarga tidak sesuai KK"));
        assertThat(pi).isWaitingAt(VisitProcess.TASK_CORRECT_FORM);
        assertThat(task(pi)).isAssignedTo(team.pplUser());
        assertThat(engine.getTaskService().getVariable(task(pi).getId(), VisitProcess.RETURN_REASON))
                .isEqualTo("Umur kepala keluarga tidak sesuai KK");
        complete(task(pi));
        assertThat(pi).isWaitingAt(VisitProcess.TASK_CHECK_FORM);
        complete(task(pi), withVariables(VisitProcess.APPROVED, false, VisitProcess.RETURN_REASON, "Aset belum diisi"));
        complete(task(pi));
        approve(pi);
        assertThat(resultOf(pi)).isEqualTo(1);
        assertThat(count("select count(*) from family_check where family_id = ?", familyOf(pi))).isEqualTo(3);
        assertThat(count("select count(*) from family_check where family_id = ? and approved", familyOf(pi)))
                .isEqualTo(1);
    }

    @Test
    void aReturnWithoutReasonIsRefused() {
        ProcessInstance pi = visitOneFamily();
        complete(task(pi), FormData.keyed(1));
        String taskId = task(pi).getId();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService().complete(taskId,
                Map.of(VisitProcess.APPROVED, false))).hasMessageContaining("needs a reason");
        assertThat(pi).isWaitingAt(VisitProcess.TASK_CHECK_FORM);
    }

    @Test
    void invalidKeyedDataRollsTheVisitBack() {
        ProcessInstance pi = visitOneFamily();
        Map<String, Object> v = FormData.keyed(1);
        @SuppressWarnings("unchecked")
        var head = (Map<String, Object>) ((List<?>) v.get(VisitProcess.MEMBERS)).get(0);
        head.put("nik", "3216015205800001"); // a woman's date part (day + 40) for a man
        String taskId = task(pi).getId();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService().complete(taskId, v))
                .hasMessageContaining("members[0].nik (anggota ke-1) its date part says sex P, the form says L")
                .hasMessageNotContaining("3216015205800001");
        assertThat(pi).isWaitingAt(VisitProcess.TASK_VISIT);
        assertThat(count("select count(*) from visit_attempt where family_id = ?", familyOf(pi))).isZero();
    }

    @Test
    void aFormOpenedBeforeMembersWereKeyedStillRecordsItsHead() {
        ProcessInstance pi = visitOneFamily();
        complete(task(pi), FormData.keyedHeadOnly(1));
        assertThat(pi).isWaitingAt(VisitProcess.TASK_CHECK_FORM);
        assertThat(jdbc.queryForList("select nik from family_member where family_id = ? and relationship = 1",
                String.class, familyOf(pi))).containsExactly(FormData.HEAD_NIK);
        assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys(VisitProcess.HEAD_NIK, VisitProcess.MEMBERS);
    }

}
