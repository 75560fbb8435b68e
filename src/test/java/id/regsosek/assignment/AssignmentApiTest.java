package id.regsosek.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.common.FormText;
import id.regsosek.support.AppTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Prelist import, the officer's view and the admin's actions over HTTP, with their refusals. */
class AssignmentApiTest extends AppTest {

    private static final String HEADER = "sls_code,kk_number,head_name,address,building_no,member_count\n";

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegencyUsers users;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    private HttpResponse<String> prelist(String file, String district) {
        return http("admin").upload("/api/assignment/prelist" + (district == null ? "" : "?district=" + district),
                "file", "vk.csv", file.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void prelistIsCheckedWholeThenLoadedIdempotentlyAndStrongDifferencesAreFlagged() throws Exception {
        TestDistrict d = TestDistrict.create(jdbc, users, "32.16.87", 1, 1, new int[] {4, 100});
        String sls1 = d.slsCodes.get(0);
        String sls2 = d.slsCodes.get(1);
        HttpResponse<String> bad = prelist(HEADER + sls1 + ",3216011234567890,Ahmad,Jl. Mawar 1,12,4\n"
                + sls1 + ",32160112345,Budi,,3,4\n"
                + "32.16.01.1007.0001.00,3216011234567891,Citra,,1,2\n"
                + sls1 + ",3216011234567890,Dedi,,1,3\n"
                + sls1 + ",3216011234567899,Eka,,1,0\n", d.code);
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
        JsonNode problems = json.readTree(bad.body()).get("problems");
        assertThat(problems.toString()).contains("\"line\":3", "kk_number", "16 digits")
                .contains("\"line\":4", "unknown SLS '32.16.01.1007.0001.00' in district 32.16.87")
                .contains("\"line\":5", "listed twice", "3216********7890")
                .contains("\"line\":6", "number of members must be");
        assertThat(bad.body()).doesNotContain("3216011234567890");
        assertThat(count(d)).isZero();

        String good = HEADER + sls1 + ",3216011234567890,Ahmad,Jl. Mawar 1,12,4\n"
                + sls1 + ",3216011234567891,Budi,Jl. Mawar 2,13,3\n"
                + sls1 + ",3216011234567892,Citra,,,2\n"
                + sls1 + ",3216011234567893,Dedi,,,1\n"
                + sls2 + ",3216011234567894,Eka,,,5\n";
        JsonNode first = json.readTree(prelist(good, null).body());
        assertThat(first.get("state").asText()).as(first.toString()).isEqualTo("DONE");
        assertThat(first.get("inserted").asInt()).isEqualTo(5);
        JsonNode again = json.readTree(prelist(good.replace("Jl. Mawar 2", "Jl. Melati 2"), d.code).body());
        assertThat(again.get("inserted").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isEqualTo(1);
        assertThat(again.get("unchanged").asInt()).isEqualTo(4);
        assertThat(count(d)).isEqualTo(5);

        d.officer(users, "PPL", 2);
        var pi = runtime.startProcessInstanceByKey(AreaAssignmentProcess.KEY, d.code,
                java.util.Map.of("regencyCode", "32.16", AreaAssignmentProcess.DISTRICT_CODE, d.code));
        String summary = FormText.read(runtime.getVariable(pi.getId(), AreaAssignmentProcess.SUMMARY));
        assertThat(summary).contains("PERINGATAN: SLS " + sls2 + " prelist 1 KK vs perkiraan 100 KK")
                .doesNotContain("SLS " + sls1 + " prelist");
    }

    @Test
    void officerListsItsSlsWithProgressAndTheAdminStartsAndReportsDropouts() throws Exception {
        TestDistrict d = TestDistrict.create(jdbc, users, "32.16.88", 2, 1, new int[] {250, 250});
        String ppl1 = d.userOf(d.ppl.get(0));
        assertThat(http(ppl1).postJson("/api/assignment/districts/" + d.code + "/start", "{}").statusCode())
                .isEqualTo(403);
        HttpResponse<String> started = http("admin").postJson("/api/assignment/districts/" + d.code + "/start", "{}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(http("admin").postJson("/api/assignment/districts/" + d.code + "/start", "{}").statusCode())
                .isEqualTo(409);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(d.code).singleResult()
                .getTenantId()).isEqualTo("32.16");

        jdbc.update("insert into family (regency_code, sls_id, kk_number, head_name, origin, result_code, final_at)"
                + " select '32.16', id, '3216010000000001', 'Final', 'PRELIST', 1, current_timestamp from sls"
                + " where code = ?", d.slsCodes.get(0));
        JsonNode mine = json.readTree(http(ppl1).get("/api/assignment/my-sls").body());
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("slsCode").asText()).isEqualTo(d.slsCodes.get(0));
        assertThat(mine.get(0).get("finalFamilies").asInt()).isEqualTo(1);
        assertThat(mine.get(0).get("expectedFamilies").asInt()).isEqualTo(250);
        assertThat(mine.get(0).get("status").asText()).isEqualTo("PROPOSED");
        JsonNode pml = json.readTree(http(d.userOf(d.pml.get(0))).get("/api/assignment/my-sls").body());
        assertThat(pml).hasSize(2);
        assertThat(http("admin").get("/api/assignment/my-sls").statusCode()).isEqualTo(403);
        assertThat(json.readTree(http(d.kosekaUser()).get("/api/assignment/districts/" + d.code).body())
                .get("summary").asText()).contains(d.slsCodes.get(1));

        assertThat(http("admin").postJson("/api/assignment/officers/" + d.officerCode("PPL", 2) + "/dropout",
                "{\"reason\":\"\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> dropped = http("admin").postJson("/api/assignment/officers/" + d.officerCode("PPL", 2)
                + "/dropout", "{\"reason\":\"pindah domisili\"}");
        assertThat(dropped.statusCode()).as(dropped.body()).isEqualTo(202);
        assertThat(d.pplOf(d.slsCodes.get(1))).isEqualTo(d.ppl.get(0));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(d.code)
                .taskDefinitionKey(AreaAssignmentProcess.TASK_REVIEW_REASSIGNMENT).count()).isEqualTo(1);
        assertThat(http("admin").postJson("/api/assignment/officers/" + d.officerCode("PPL", 2) + "/dropout",
                "{\"reason\":\"lagi\"}").statusCode()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select reported_by from officer_dropout where district_code = ?",
                String.class, d.code)).isEqualTo("admin");
    }

    @Test
    void theOfficersPageShowsItsSlsAfterLogin() throws Exception {
        TestDistrict d = TestDistrict.create(jdbc, users, "32.16.89", 1, 1, new int[] {120, 130});
        runtime.startProcessInstanceByKey(AreaAssignmentProcess.KEY, d.code,
                java.util.Map.of("regencyCode", "32.16", AreaAssignmentProcess.DISTRICT_CODE, d.code));
        var client = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        String base = "http://localhost:" + port;
        String loggedIn = session(client, d.userOf(d.ppl.get(0)));
        var page = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/assignment/my"))
                .header("Cookie", loggedIn).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Wilayah dan keluarga saya", d.slsCodes.get(0), d.slsCodes.get(1), "0 / 120",
                "usulan");
    }

    /** Logs in through our login page (as a browser does) and returns the session cookie. */
    private String session(java.net.http.HttpClient client, String user) throws Exception {
        String base = "http://localhost:" + port;
        var form = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow().split(";")[0];
        var csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();
        var login = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + user
                        + "&password=demo&_csrf=" + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        return login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow().split(";")[0];
    }

    @Test
    void aDistrictWhosePlanOutgrowsAStringVariableStartsOverRestAndItsKosekaSeesTheWholePlan() throws Exception {
        // 150 SLS: the plan's text is far beyond the 4,000 characters of the engine's string column.
        int[][] villages = new int[5][30];
        for (int[] v : villages) {
            java.util.Arrays.fill(v, 60);
        }
        TestDistrict d = TestDistrict.create(jdbc, users, "32.16.93", 36, 9, villages);
        HttpResponse<String> started = http("admin").postJson("/api/assignment/districts/" + d.code + "/start", "{}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);

        // What Tasklist does for the Koseka: its task, the deployed form, the form variables (Json values parsed).
        JsonNode list = json.readTree(http(d.kosekaUser()).get("/engine-rest/task?processInstanceBusinessKey="
                + d.code + "&taskDefinitionKey=" + AreaAssignmentProcess.TASK_REVIEW).body());
        assertThat(list).hasSize(1);
        String taskId = list.get(0).get("id").asText();
        JsonNode form = json.readTree(http(d.kosekaUser()).get("/engine-rest/task/" + taskId + "/deployed-form").body());
        JsonNode field = null;
        for (JsonNode c : form.get("components")) {
            field = AreaAssignmentProcess.SUMMARY.equals(c.path("key").asText()) ? c : field;
        }
        assertThat(field).isNotNull();
        assertThat(field.path("disabled").asBoolean()).as("not sent back on completion").isTrue();
        JsonNode variables = json.readTree(http(d.kosekaUser()).get("/engine-rest/task/" + taskId
                + "/form-variables?deserializeValues=false").body());
        JsonNode summary = variables.get(AreaAssignmentProcess.SUMMARY);
        assertThat(summary.get("type").asText()).isEqualTo("Json");
        String shown = json.readValue(summary.get("value").asText(), String.class);
        assertThat(shown.length()).isGreaterThan(4000);
        d.slsCodes.forEach(code -> assertThat(shown).contains(code));

        var client = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        var page = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                + "/assignment/districts/" + d.code + "/plan")).header("Cookie", session(client, d.kosekaUser()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(d.slsCodes.get(0), d.slsCodes.get(d.slsCodes.size() - 1));

        // Completing as Tasklist does (only the form's enabled fields) moves on to the approval.
        HttpResponse<String> done = http(d.kosekaUser()).postJson("/engine-rest/task/" + taskId + "/submit-form",
                "{\"variables\":{\"moveFrom1\":{\"value\":\"\"},\"moveTo1\":{\"value\":\"\"},"
                        + "\"approved\":{\"value\":true}}}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select state from assignment_plan where district_code = ?", String.class,
                d.code)).isEqualTo("APPROVED");
    }

    private int count(TestDistrict d) {
        return jdbc.queryForObject("select count(*) from family f join sls s on s.id = f.sls_id"
                + " where s.district_code = ?", Integer.class, d.code);
    }
}
