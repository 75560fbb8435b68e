package id.regsosek.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.regsosek.support.AppTest;
import id.regsosek.trust.FormSchema;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A family with birth dates and two members more than the form has rows, keyed in the field app, returned by the
 * PML and corrected by the PPL in Tasklist's "Perbaiki formulir": what Tasklist loads (form-variables) and sends
 * back (submit-form, form-js's values untyped, hidden rows left out) through the engine REST API as ppl1. Every
 * member and birth date survives, those past the form's rows as stored, and the correction is validated again.
 */
class TasklistCorrectionRoundTripTest extends AppTest {

    private static final int MEMBERS = VisitProcess.MEMBER_ROWS + 2;

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private TaskService tasks;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private FamilyDataStore store;

    @Test
    void aFamilyLargerThanTheFormWithBirthDatesSurvivesATasklistCorrection() throws Exception {
        Task visit = tasks.createTaskQuery().taskAssignee("ppl1").taskDefinitionKey(VisitProcess.TASK_VISIT)
                .orderByTaskCreateTime().desc().listPage(0, 1).get(0);
        String instance = visit.getProcessInstanceId();
        long family = jdbc.queryForObject("select family_id from family_visit where process_instance_id = ?",
                Long.class, instance);
        tasks.complete(visit.getId(), FormData.keyed(1));
        // What the field app keeps: more members than the form's rows, with birth dates, an asset and a programme the form does not list.
        store.save(family, new FamilyData(family(), new FamilyData.Housing(1, 36, 2, 2, 2, 2, 2, 2, 2),
                Map.of("MOTORCYCLE", 1, "GAS_TANK", 2), List.of("BLT", "PKH")));
        String check = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
        ok(http("pml1").postJson("/engine-rest/task/" + check + "/submit-form", "{\"variables\":{\"approved\":"
                + "{\"value\":false},\"returnReason\":{\"value\":\"Nama anggota ke-12 salah eja\"}}}"));
        Task correction = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(correction.getTaskDefinitionKey()).isEqualTo(VisitProcess.TASK_CORRECT_FORM);

        JsonNode loaded = ok(http("ppl1").get("/engine-rest/task/" + correction.getId()
                + "/form-variables?deserializeValues=false"));
        assertThat(loaded.path("member12Name").path("value").asText()).isEqualTo("Anak ke-10");
        assertThat(loaded.path("member12BirthDate").path("value").asText()).isEqualTo(born(12).toString());
        assertThat(loaded.path("member1BirthDate").path("value").asText()).isEqualTo("1980-05-12");
        assertThat(loaded.has(VisitProcess.memberField(VisitProcess.MEMBER_ROWS + 1, "Name"))).as("past the form")
                .isFalse();

        // Refused when member 12's birth date is in the future: named by its row, nothing stored.
        ObjectNode bad = sent(loaded);
        bad.with("member12BirthDate").put("value", LocalDate.now().plusDays(3).toString());
        HttpResponse<String> refused = http("ppl1").postJson("/engine-rest/task/" + correction.getId()
                + "/submit-form", "{\"variables\":" + bad + "}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("anggota ke-12");

        ObjectNode fixed = sent(loaded);
        fixed.with("member12Name").put("value", "Anak kesepuluh");
        ok(http("ppl1").postJson("/engine-rest/task/" + correction.getId() + "/submit-form",
                "{\"variables\":" + fixed + "}"));
        assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
                .isEqualTo(VisitProcess.TASK_CHECK_FORM);
        List<String> expected = new ArrayList<>();
        for (int row = 1; row <= MEMBERS; row++) {
            expected.add((row == 12 ? "Anak kesepuluh" : name(row)) + "/" + born(row));
        }
        assertThat(jdbc.queryForList("select name || '/' || cast(birth_date as varchar(10)) from family_member"
                + " where family_id = ? order by line_no", String.class, family)).containsExactlyElementsOf(expected);
        assertThat(jdbc.queryForList("select asset_code || '=' || quantity from family_asset where family_id = ?"
                + " order by asset_code", String.class, family)).containsExactly("GAS_TANK=2", "MOTORCYCLE=1");
        assertThat(jdbc.queryForList("select programme from family_assistance where family_id = ? order by"
                + " programme", String.class, family)).containsExactly("BLT", "PKH");
    }

    /**
     * What Tasklist submits: form-js's value of every shown field, untyped; rows after the first empty one are
     * hidden by the form and not sent. The read-only reason comes back unchanged.
     */
    private ObjectNode sent(JsonNode loaded) throws Exception {
        ObjectNode out = json.createObjectNode();
        for (String name : FormSchema.parse(Files.readAllBytes(Path.of("forms", "visit-correct.form"))).fields()
                .keySet()) {
            boolean hiddenRow = name.matches("member\\d+[A-Z].*")
                    && Integer.parseInt(name.replaceAll("^member(\\d+).*$", "$1")) > Math.min(MEMBERS + 1,
                    VisitProcess.MEMBER_ROWS);
            if (!hiddenRow) {
                JsonNode value = loaded.path(name).path("value");
                out.putObject(name).set("value", value.isMissingNode() ? json.nullNode() : value);
            }
        }
        return out;
    }

    private JsonNode ok(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 204);
        return r.body().isEmpty() ? null : json.readTree(r.body());
    }

    private static List<FamilyData.Member> family() {
        List<FamilyData.Member> members = new ArrayList<>();
        for (int row = 1; row <= MEMBERS; row++) {
            LocalDate born = born(row);
            members.add(new FamilyData.Member(name(row), row == 1 ? FormData.HEAD_NIK : null, row == 1 ? 1
                    : row == 2 ? 2 : 3, row == 2 ? "P" : "L", born, Period.between(born, LocalDate.now()).getYears(),
                    3, row <= 2 ? 1 : 3, false));
        }
        return members;
    }

    private static String name(int row) {
        return row == 1 ? "Budi Santoso" : row == 2 ? "Siti Aminah" : "Anak ke-" + (row - 2);
    }

    private static LocalDate born(int row) {
        return row == 1 ? LocalDate.of(1980, 5, 12) : row == 2 ? LocalDate.of(1983, 2, 1)
                : LocalDate.of(2004, 1, 1).plusMonths(7L * row);
    }
}
