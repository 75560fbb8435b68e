package id.regsosek.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.identity.Groups;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

/**
 * The PML's check shows the form it approves (members with the NIK masked, housing, assets, assistance, attempts)
 * as task-local JSON; the PPL's correction is the family form filled with the stored answers and the PML's reason,
 * and what it sends is validated and stored like a first submission.
 */
class CheckAndCorrectionFormTest extends VisitProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCheckShowsTheKeyedFormWithTheNikMasked() throws Exception {
        ProcessInstance pi = visitOneFamily();
        complete(task(pi), FormData.keyed(1));
        assertThat(pi).isWaitingAt(VisitProcess.TASK_CHECK_FORM);
        TaskService tasks = engine.getTaskService();
        String id = task(pi).getId();
        JsonNode members = json(id, VisitProcess.FORM_MEMBERS);
        assertThat(members).hasSize(1);
        assertThat(members.get(0).get("name").asText()).isEqualTo("Budi Santoso");
        assertThat(members.get(0).get("nik").asText()).isEqualTo("3216********0001");
        assertThat(members.get(0).get("relationship").asText()).isEqualTo("1 Kepala keluarga");
        assertThat(members.get(0).get("education").asText()).isEqualTo("SMA/SMK");
        assertThat(json(id, VisitProcess.FORM_HOUSING).toString()).contains(
                "{\"item\":\"Luas lantai (m2)\",\"value\":36}", "{\"item\":\"Status kepemilikan bangunan\","
                        + "\"value\":\"Milik sendiri\"}");
        assertThat(json(id, VisitProcess.FORM_ASSETS).toString()).contains(
                "{\"item\":\"Sepeda motor (unit)\",\"value\":1}", "{\"item\":\"Kambing (ekor)\",\"value\":3}");
        assertThat(json(id, VisitProcess.FORM_ASSISTANCE).toString()).contains(
                "{\"item\":\"Menerima PKH\",\"value\":\"Ya\"}", "{\"item\":\"Menerima PIP\",\"value\":\"Tidak\"}");
        assertThat(json(id, VisitProcess.FORM_ATTEMPTS)).hasSize(1);
        assertThat(json(id, VisitProcess.FORM_ATTEMPTS).get(0).get("result").asText()).isEqualTo("1 Lengkap");
        assertThat(tasks.getVariableTyped(id, VisitProcess.FORM_MEMBERS).getType().getName()).isEqualTo("json");
        // Task-local: nothing of it on the process; the unmasked NIK in no variable the PML's task can read.
        assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys(VisitProcess.FORM_MEMBERS,
                VisitProcess.FORM_HOUSING);
        assertThat(tasks.getVariables(id).values().toString()).doesNotContain(FormData.HEAD_NIK);
    }

    @Test
    void aReturnedFormComesBackFilledAndTheCorrectionIsStored() throws Exception {
        ProcessInstance pi = visitOneFamily();
        complete(task(pi), FormData.keyed(1));
        complete(task(pi), withVariables(VisitProcess.APPROVED, false, VisitProcess.RETURN_REASON,
                "Nama kepala keluarga salah eja"));
        assertThat(pi).isWaitingAt(VisitProcess.TASK_CORRECT_FORM);
        TaskService tasks = engine.getTaskService();
        String id = task(pi).getId();
        Map<String, Object> filled = tasks.getVariables(id);
        assertThat(filled).containsEntry("member1Name", "Budi Santoso").containsEntry("member1Nik", FormData.HEAD_NIK)
                .containsEntry("member1Relationship", "1").containsEntry("member1Sex", "L")
                .containsEntry("member1Education", "3").containsEntry("tenure", "1").containsEntry("floorArea", 36L)
                .containsEntry("assetMotorcycle", 1L).containsEntry("assistPkh", true).containsEntry("assistPip", false)
                .containsEntry(VisitProcess.RETURN_REASON, "Nama kepala keluarga salah eja");
        assertThat(filled.get("member2Name")).isNull();
        Map<String, Object> fixed = new HashMap<>(Map.of("member1Name", "Budi Santosa", "floorArea", 42L,
                "member2Name", "Siti Aminah", "member2Relationship", "2", "member2Sex", "P", "member2Age", 30L, "member2Education", "3", "member2Work", "4"));
        tasks.complete(id, fixed);
        assertThat(pi).isWaitingAt(VisitProcess.TASK_CHECK_FORM);
        assertThat(jdbc.queryForList("select name from family_member where family_id = ? order by line_no",
                String.class, familyOf(pi))).containsExactly("Budi Santosa", "Siti Aminah");
        assertThat(count("select floor_area from family_housing where family_id = ?", familyOf(pi))).isEqualTo(42);
        // What the PPL sent stayed on the task: nothing of the member rows on the process.
        assertThat(runtime.getVariables(pi.getId())).doesNotContainKeys("member1Name", "member2Name", "floorArea");
        String check = task(pi).getId();
        assertThat(json(check, VisitProcess.FORM_MEMBERS)).hasSize(2);
        assertThat(json(check, VisitProcess.FORM_CHECKS).get(0).get("reason").asText())
                .isEqualTo("Nama kepala keluarga salah eja");
        approve(pi);
        assertThat(pi).isEnded();
        assertThat(resultOf(pi)).isEqualTo(1);
    }

    @Test
    void aSecondCheckStartsWithAnEmptyReasonAndTheHistoryShowsTheFirst() throws Exception {
        ProcessInstance pi = visitOneFamily();
        complete(task(pi), FormData.keyed(1));
        complete(task(pi), withVariables(VisitProcess.APPROVED, false, VisitProcess.RETURN_REASON, "Umur salah"));
        complete(task(pi));
        assertThat(pi).isWaitingAt(VisitProcess.TASK_CHECK_FORM);
        String again = task(pi).getId();
        // What Tasklist loads into the check form (form-variables): no reason and no decision of the last round.
        assertThat(engine.getFormService().getTaskFormVariables(again).get(VisitProcess.RETURN_REASON)).isNull();
        assertThat(engine.getFormService().getTaskFormVariables(again).get(VisitProcess.APPROVED)).isNull();
        assertThat(json(again, VisitProcess.FORM_CHECKS).get(0).get("reason").asText()).isEqualTo("Umur salah");
        // Returned again: the PPL's correction shows the new reason only.
        complete(task(pi), withVariables(VisitProcess.APPROVED, false, VisitProcess.RETURN_REASON, "NIK anak salah"));
        assertThat(pi).isWaitingAt(VisitProcess.TASK_CORRECT_FORM);
        assertThat(engine.getTaskService().getVariable(task(pi).getId(), VisitProcess.RETURN_REASON))
                .isEqualTo("NIK anak salah");
    }

    @Test
    void aCorrectionSentBackUnchangedKeepsWhatTheFormDoesNotCarry() {
        ProcessInstance pi = visitOneFamily();
        complete(task(pi), FormData.keyed(1));
        complete(task(pi), withVariables(VisitProcess.APPROVED, false, VisitProcess.RETURN_REASON, "Cek lagi"));
        // The field app corrects a birth date meanwhile; the correction is then sent back as it was filled.
        jdbc.update("update family_member set birth_date = date '1980-05-12' where family_id = ?", familyOf(pi));
        complete(task(pi));
        assertThat(pi).isWaitingAt(VisitProcess.TASK_CHECK_FORM);
        assertThat(jdbc.queryForList("select cast(birth_date as varchar(10)) from family_member where family_id = ?",
                String.class, familyOf(pi))).containsExactly("1980-05-12");
    }

    @Test
    void aCorrectionIsValidatedAsTheFirstSubmission() {
        ProcessInstance pi = visitOneFamily();
        complete(task(pi), FormData.keyed(1));
        complete(task(pi), withVariables(VisitProcess.APPROVED, false, VisitProcess.RETURN_REASON, "NIK salah"));
        String id = task(pi).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(id, Map.of("member1Nik", "3216015205800001")))
                .hasMessageContaining("anggota ke-1").hasMessageNotContaining("3216015205800001");
        assertThat(pi).isWaitingAt(VisitProcess.TASK_CORRECT_FORM);
        assertThat(jdbc.queryForList("select nik from family_member where family_id = ?", String.class,
                familyOf(pi))).containsExactly(FormData.HEAD_NIK);
    }

    @Test
    void theReasonOnTheCorrectionIsReadOnlyForThePpl() {
        ProcessInstance pi = visitOneFamily();
        complete(task(pi), FormData.keyed(1));
        complete(task(pi), withVariables(VisitProcess.APPROVED, false, VisitProcess.RETURN_REASON, "Aset belum diisi"));
        String id = task(pi).getId();
        engine.getIdentityService().setAuthentication(team.pplUser(), List.of(Groups.PPL), List.of(team.regency()));
        try {
            assertThatThrownBy(() -> engine.getFormService().submitTaskForm(id, Map.of(VisitProcess.RETURN_REASON,
                    "Sudah benar semua"))).hasMessageContaining("'returnReason' hanya untuk dibaca");
            assertThatThrownBy(() -> engine.getFormService().submitTaskForm(id, Map.of(VisitProcess.FORM_MEMBERS,
                    "[]"))).hasMessageContaining("tidak ada di formulir ini");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(pi).isWaitingAt(VisitProcess.TASK_CORRECT_FORM);
        assertThat(runtime.getVariable(pi.getId(), VisitProcess.RETURN_REASON)).isEqualTo("Aset belum diisi");
    }

    private JsonNode json(String taskId, String name) throws Exception {
        TypedValue v = engine.getTaskService().getVariableLocalTyped(taskId, name, false);
        return JSON.readTree(((org.camunda.bpm.engine.variable.value.SerializableValue) v).getValueSerialized());
    }
}
