package id.regsosek.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.support.AppTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An office keying paper forms in Tasklist: the demo ppl1 opens a "Kunjungi keluarga" task, gets its form and
 * submits every member of the family (what Tasklist does through the engine REST API: the form's ten member rows
 * as flat variables); the demo pml1 then checks and approves it. The NIKs end in family_member only.
 */
@ExtendWith(OutputCaptureExtension.class)
class TasklistVisitTest extends AppTest {

    static final String HEAD_NIK = FormData.HEAD_NIK;
    /** A woman born 15-07-1992 (day part 15 + 40). */
    static final String WIFE_NIK = "3216015507920002";

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    private org.camunda.bpm.engine.HistoryService history;

    private JsonNode ok(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 204);
        return r.body().isEmpty() ? null : json.readTree(r.body());
    }

    /**
     * The variables Tasklist submits for the visit form: its member rows are flat fields (member1Name ..), texts
     * and selects as String, numbers as Long, checkboxes as Boolean; rows not given are sent empty.
     */
    private static String visitForm(List<Map<String, Object>> rows) {
        StringBuilder members = new StringBuilder();
        for (int row = 1; row <= VisitProcess.MEMBER_ROWS; row++) {
            Map<String, Object> m = row <= rows.size() ? rows.get(row - 1) : Map.of();
            for (String field : List.of("name", "nik", "relationship", "sex", "education", "work")) {
                members.append(String.format("\"%s\":{\"value\":\"%s\",\"type\":\"String\"},",
                        VisitProcess.memberField(row, field), m.getOrDefault(field, "")));
            }
            members.append(String.format("\"%s\":{\"value\":%s,\"type\":\"Long\"},",
                    VisitProcess.memberField(row, "age"), m.getOrDefault("age", "null")));
            members.append(String.format("\"%s\":{\"value\":false,\"type\":\"Boolean\"},",
                    VisitProcess.memberField(row, "disability")));
        }
        return """
                {"variables":{%s
                  "visitedAt":{"value":"%s","type":"String"},
                  "resultCode":{"value":"1","type":"String"},"prelistStatus":{"value":"FOUND","type":"String"},
                  "tenure":{"value":"1","type":"String"},"floorArea":{"value":36,"type":"Long"},
                  "floorMaterial":{"value":"2","type":"String"},"wallMaterial":{"value":"1","type":"String"},
                  "roofMaterial":{"value":"2","type":"String"},"waterSource":{"value":"2","type":"String"},
                  "sanitation":{"value":"1","type":"String"},"electricity":{"value":"2","type":"String"},
                  "cookingFuel":{"value":"3","type":"String"},"assistPkh":{"value":true,"type":"Boolean"}}}"""
                .formatted(members, FormData.daysAgo(1, "09:30"));
    }

    private static Map<String, Object> member(String name, String nik, int relationship, String sex, int age) {
        return Map.of("name", name, "nik", nik, "relationship", relationship, "sex", sex, "age", age,
                "education", 3, "work", 1);
    }

    @Test
    void demoPplKeysEveryMemberAndDemoPmlApprovesIt(CapturedOutput output) throws Exception {
        JsonNode tasks = ok(http("ppl1").get("/engine-rest/task?assignee=ppl1&processDefinitionKey="
                + VisitProcess.KEY + "&taskDefinitionKey=" + VisitProcess.TASK_VISIT + "&maxResults=1"));
        assertThat(tasks).as("ppl1 has demo visits").isNotEmpty();
        String taskId = tasks.get(0).get("id").asText();
        String instance = tasks.get(0).get("processInstanceId").asText();
        String form = ok(http("ppl1").get("/engine-rest/task/" + taskId + "/deployed-form")).toString();
        assertThat(form).contains(VisitProcess.memberField(1, "nik"), VisitProcess.memberField(10, "nik"),
                "resultCode", "floorMaterial");
        long family = jdbc.queryForObject("select family_id from family_visit where process_instance_id = ?",
                Long.class, instance);

        // The wife's NIK says a man (day part below 40): refused, naming her row; nothing is stored.
        Map<String, Object> head = member("Budi Santoso", HEAD_NIK, 1, "L", FormData.headAge());
        Map<String, Object> emptyRow = Map.of();
        Map<String, Object> wrongWife = member("Siti Aminah", "3216011507920003", 2, "P", wifeAge());
        var refused = http("ppl1").postJson("/engine-rest/task/" + taskId + "/submit-form",
                visitForm(List.of(head, emptyRow, wrongWife)));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("members[2].nik (anggota ke-3) its date part says sex L, the form says P");
        assertThat(jdbc.queryForObject("select count(*) from family_member where family_id = ?", Integer.class,
                family)).isZero();

        // Head, an empty row (ignored), wife and a child without NIK: three members stored, NIKs nowhere else.
        Map<String, Object> wife = member("Siti Aminah", WIFE_NIK, 2, "P", wifeAge());
        Map<String, Object> child = member("Rina", "", 3, "P", 4);
        ok(http("ppl1").postJson("/engine-rest/task/" + taskId + "/submit-form",
                visitForm(List.of(head, emptyRow, wife, child))));
        assertThat(jdbc.queryForList("select name || '/' || coalesce(nik, '-') || '/' || relationship from"
                + " family_member where family_id = ? order by line_no", String.class, family)).containsExactly(
                "Budi Santoso/" + HEAD_NIK + "/1", "Siti Aminah/" + WIFE_NIK + "/2", "Rina/-/3");
        assertThat(jdbc.queryForObject("select member_count from family where id = ?", Integer.class, family))
                .isEqualTo(3);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).includeDeleted()
                .variableNameLike("member%").count()).isZero();
        assertThat(runtime.getVariables(instance).keySet()).noneMatch(name -> name.startsWith("member"));
        for (String nik : List.of(HEAD_NIK, WIFE_NIK, "3216011507920003")) {
            assertThat(historyText()).as("engine history").doesNotContain(nik);
            assertThat(output.getAll()).as("log").doesNotContain(nik);
        }

        JsonNode checks = ok(http("pml1").get("/engine-rest/task?assignee=pml1&processInstanceId=" + instance));
        assertThat(checks.get(0).get("taskDefinitionKey").asText()).isEqualTo(VisitProcess.TASK_CHECK_FORM);
        ok(http("pml1").postJson("/engine-rest/task/" + checks.get(0).get("id").asText() + "/submit-form",
                "{\"variables\":{\"approved\":{\"value\":true,\"type\":\"Boolean\"}}}"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(jdbc.queryForObject("select f.result_code from family f join family_visit v on v.family_id = f.id"
                + " where v.process_instance_id = ?", Integer.class, instance)).isEqualTo(1);
    }

    /** The age today of the wife born 15-07-1992. */
    private static int wifeAge() {
        LocalDate now = LocalDate.now();
        return now.getYear() - 1992 - (now.isBefore(LocalDate.of(now.getYear(), 7, 15)) ? 1 : 0);
    }

    /** Every text and byte value the engine keeps in its history and byte-array tables, as one string. */
    private String historyText() {
        StringBuilder all = new StringBuilder();
        jdbc.queryForList("select coalesce(text_, '') || ' ' || coalesce(text2_, '') from act_hi_varinst",
                String.class).forEach(all::append);
        jdbc.queryForList("select coalesce(text_, '') || ' ' || coalesce(text2_, '') from act_hi_detail",
                String.class).forEach(all::append);
        jdbc.query("select bytes_ from act_ge_bytearray where type_ is null or type_ <> 1", rs -> {
            byte[] b = rs.getBytes(1);
            if (b != null) {
                all.append(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        });
        return all.toString();
    }
}
