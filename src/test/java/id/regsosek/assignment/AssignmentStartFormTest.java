package id.regsosek.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.support.AppTest;
import id.regsosek.support.Http;
import id.regsosek.support.SecondRegency;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The regency admin starts a district's area assignment the way Tasklist does (the start form served with the
 * regency's districts, submitted with the chosen one and no business key); everything else that person or another
 * could send is refused with a message, never a 500.
 */
class AssignmentStartFormTest extends AppTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFINITION = "/engine-rest/process-definition/key/" + AreaAssignmentProcess.KEY;

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegencyUsers users;
    @Autowired
    FrameImports imports;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        SecondRegency.ensure(imports, users);
    }

    @Test
    void tasklistOffersEachRoleOnlyWhatItMayStart() throws Exception {
        String query = "/engine-rest/process-definition?latest=true&active=true&startableInTasklist=true"
                + "&startablePermissionCheck=true";
        assertThat(keys(http("admin").get(query))).containsExactlyInAnyOrder(AreaAssignmentProcess.KEY,
                "recruitment-campaign", "ranking-handover");
        for (String user : List.of("rekrutmen", "koseka1", "pml1", "ppl1", "manajer", "instruktur1")) {
            assertThat(keys(http(user).get(query))).as(user).isEmpty();
        }
    }

    @Test
    void theStartFormListsTheAdminsOwnStartableDistrictsOnly() throws Exception {
        TestDistrict open = TestDistrict.create(jdbc, users, "32.16.61", 2, 1, new int[] {100, 100});
        TestDistrict approved = TestDistrict.create(jdbc, users, "32.16.62", 1, 1, new int[] {50});
        approve(approved);
        JsonNode form = JSON.readTree(ok(http("admin").get(DEFINITION + "/deployed-start-form")));
        JsonNode select = form.path("components").get(1);
        assertThat(select.has("valuesKey")).isFalse();
        List<String> values = new ArrayList<>();
        select.path("values").forEach(v -> values.add(v.path("value").asText() + "|" + v.path("label").asText()));
        assertThat(values).contains("32.16.02|32.16.02 Babelan (PPL 0, PML 0)",
                "32.16.61|32.16.61 Uji 32.16.61 (PPL 2, PML 1)");
        // Approved districts are not offered (the demo's Tarumajaya has ppl1's approved SLS).
        assertThat(values).noneMatch(v -> v.startsWith("32.16.62|") || v.startsWith("32.16.01|"));
        assertThat(values).allMatch(v -> v.startsWith("32.16."));

        JsonNode other = JSON.readTree(ok(new Http("http://localhost:" + port, SecondRegency.ADMIN,
                SecondRegency.PASSWORD).get(DEFINITION + "/deployed-start-form")));
        assertThat(other.path("components").get(1).path("values").findValuesAsText("value"))
                .isNotEmpty().allMatch(v -> v.startsWith("32.75."));
        // Anyone else of the regency reads the bare form; only the admin can start it anyway.
        assertThat(http("ppl1").get(DEFINITION + "/deployed-start-form").statusCode()).isIn(200, 403);
    }

    @Test
    void theAdminsChoiceBecomesTheBusinessKeyAndTheKosekaReviews() throws Exception {
        TestDistrict d = TestDistrict.create(jdbc, users, "32.16.63", 2, 1, new int[] {120, 130});
        HttpResponse<String> started = submit("admin", "{\"districtCode\":{\"value\":\"32.16.63\"}}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(JSON.readTree(started.body())
                .path("id").asText()).singleResult();
        assertThat(pi.getBusinessKey()).isEqualTo(d.code);
        assertThat(pi.getTenantId()).isEqualTo("32.16");
        assertThat(pi).hasPassed(AreaAssignmentProcess.TASK_CHECK_DISTRICT, AreaAssignmentProcess.TASK_PROPOSE)
                .isWaitingAt(AreaAssignmentProcess.TASK_REVIEW).variables().containsEntry("startedBy", "admin");
        assertThat(task(pi)).isAssignedTo(d.kosekaUser());

        HttpResponse<String> twice = submit("admin", "{\"districtCode\":{\"value\":\"32.16.63\"}}");
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(400);
        assertThat(message(twice)).contains("Penugasan wilayah kecamatan 32.16.63 sudah berjalan");
        // The API's start of the same district is refused as before (409), and our check runs for it as well.
        assertThat(http("admin").postJson("/api/assignment/districts/32.16.63/start", "").statusCode())
                .isEqualTo(409);
    }

    @Test
    void refusalsNameTheProblemInIndonesianAndStartNothing() throws Exception {
        TestDistrict approved = TestDistrict.create(jdbc, users, "32.16.64", 1, 1, new int[] {40});
        approve(approved);
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(AreaAssignmentProcess.KEY).count();
        String[][] bad = {
                {"\"32.75.01\"", "bukan milik kabupaten/kota Anda (32.16)"},
                {"\"32.16.59\"", "tidak ada dalam kerangka wilayah 32.16"},
                {"\"32.16.64\"", "sudah disetujui"},
                {"\"Tarumajaya\"", "Kode kecamatan 'Tarumajaya' tidak dikenal"},
                {"\"\"", "isian 'districtCode' wajib diisi"},
                {"\"32.16\\u0000.01\"", "Kode kecamatan '32.16?.01' tidak dikenal"},
                {"\"" + "9".repeat(200_000) + "\"", "tidak dikenal"}};
        for (String[] b : bad) {
            HttpResponse<String> answer = submit("admin", "{\"districtCode\":{\"value\":" + b[0] + "}}");
            assertThat(answer.statusCode()).as(answer.body()).isIn(400, 403);
            assertThat(message(answer)).as(b[0].length() > 40 ? "huge" : b[0]).contains(b[1]);
            assertThat(answer.body().length()).isLessThan(2_000);
            assertThat(message(answer)).doesNotContain("Cannot instantiate");
        }
        // Missing value: required by the form.
        assertThat(submit("admin", "{}").statusCode()).isIn(400, 403);
        // Only the form's field, no business key, no regency of one's choosing.
        HttpResponse<String> smuggled = submit("admin", "{\"districtCode\":{\"value\":\"32.16.64\"},"
                + "\"regencyCode\":{\"value\":\"32.75\"}}");
        assertThat(smuggled.statusCode()).as(smuggled.body()).isEqualTo(403);
        HttpResponse<String> keyed = http("admin").postJson(DEFINITION + "/submit-form",
                "{\"businessKey\":\"32.16.65\",\"variables\":{\"districtCode\":{\"value\":\"32.16.65\"}}}");
        assertThat(keyed.statusCode()).as(keyed.body()).isEqualTo(403);
        HttpResponse<String> notJson = http("admin").postJson(DEFINITION + "/submit-form", "{\"variables\":");
        assertThat(notJson.statusCode()).isEqualTo(400);
        // Other roles and the other regency's admin for this regency's district.
        for (String user : List.of("koseka1", "rekrutmen", "manajer", "ppl1")) {
            assertThat(submit(user, "{\"districtCode\":{\"value\":\"32.16.01\"}}").statusCode()).as(user)
                    .isEqualTo(403);
        }
        HttpResponse<String> foreign = new Http("http://localhost:" + port, SecondRegency.ADMIN,
                SecondRegency.PASSWORD).postJson(DEFINITION + "/submit-form",
                "{\"variables\":{\"districtCode\":{\"value\":\"32.16.01\"}}}");
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(400);
        assertThat(message(foreign)).contains("bukan milik kabupaten/kota Anda (32.75)");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AreaAssignmentProcess.KEY).count())
                .isEqualTo(before);
    }

    private void approve(TestDistrict d) {
        jdbc.update("insert into sls_assignment (sls_id, regency_code, district_code, ppl_officer_id,"
                + " pml_officer_id, status) select s.id, s.regency_code, s.district_code, ?, ?, 'APPROVED' from sls s"
                + " where s.district_code = ?", d.ppl.get(0), d.pml.get(0), d.code);
    }

    private HttpResponse<String> submit(String user, String variables) {
        return http(user).postJson(DEFINITION + "/submit-form", "{\"variables\":" + variables + "}");
    }

    private static String message(HttpResponse<String> answer) throws Exception {
        return JSON.readTree(answer.body()).path("message").asText();
    }

    private static String ok(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static List<String> keys(HttpResponse<String> answer) throws Exception {
        List<String> keys = new ArrayList<>();
        JSON.readTree(ok(answer)).forEach(d -> keys.add(d.path("key").asText()));
        return keys;
    }
}
