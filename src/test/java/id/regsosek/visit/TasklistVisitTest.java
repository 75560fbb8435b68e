package id.regsosek.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.support.AppTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An office keying paper forms in Tasklist: the demo ppl1 opens a "Kunjungi keluarga" task, gets its form and
 * submits it (what Tasklist does through the engine REST API); the demo pml1 then checks and approves it.
 */
class TasklistVisitTest extends AppTest {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private org.camunda.bpm.engine.RuntimeService runtime;

    private JsonNode ok(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 204);
        return r.body().isEmpty() ? null : json.readTree(r.body());
    }

    @Test
    void demoPplKeysAVisitAndDemoPmlApprovesIt() throws Exception {
        JsonNode tasks = ok(http("ppl1").get("/engine-rest/task?assignee=ppl1&processDefinitionKey="
                + VisitProcess.KEY + "&taskDefinitionKey=" + VisitProcess.TASK_VISIT + "&maxResults=1"));
        assertThat(tasks).as("ppl1 has demo visits").isNotEmpty();
        String taskId = tasks.get(0).get("id").asText();
        String instance = tasks.get(0).get("processInstanceId").asText();
        assertThat(ok(http("ppl1").get("/engine-rest/task/" + taskId + "/deployed-form")).toString())
                .contains("resultCode", "headNik", "floorMaterial");
        ok(http("ppl1").postJson("/engine-rest/task/" + taskId + "/submit-form", """
                {"variables":{
                  "visitedAt":{"value":"2030-10-20T09:30","type":"String"},
                  "resultCode":{"value":"1","type":"String"},"prelistStatus":{"value":"FOUND","type":"String"},
                  "headName":{"value":"Budi Santoso","type":"String"},
                  "headNik":{"value":"3216011205800001","type":"String"},
                  "headSex":{"value":"L","type":"String"},"headAge":{"value":%d,"type":"Long"},
                  "headEducation":{"value":"3","type":"String"},"headWork":{"value":"1","type":"String"},
                  "tenure":{"value":"1","type":"String"},"floorArea":{"value":36,"type":"Long"},
                  "floorMaterial":{"value":"2","type":"String"},"wallMaterial":{"value":"1","type":"String"},
                  "roofMaterial":{"value":"2","type":"String"},"waterSource":{"value":"2","type":"String"},
                  "sanitation":{"value":"1","type":"String"},"electricity":{"value":"2","type":"String"},
                  "cookingFuel":{"value":"3","type":"String"},"assistPkh":{"value":true,"type":"Boolean"}}}"""
                .formatted(FormData.headAge())));
        JsonNode checks = ok(http("pml1").get("/engine-rest/task?assignee=pml1&processInstanceId=" + instance));
        assertThat(checks.get(0).get("taskDefinitionKey").asText()).isEqualTo(VisitProcess.TASK_CHECK_FORM);
        ok(http("pml1").postJson("/engine-rest/task/" + checks.get(0).get("id").asText() + "/submit-form",
                "{\"variables\":{\"approved\":{\"value\":true,\"type\":\"Boolean\"}}}"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(jdbc.queryForObject("select f.result_code from family f join family_visit v on v.family_id = f.id"
                + " where v.process_instance_id = ?", Integer.class, instance)).isEqualTo(1);
    }
}
