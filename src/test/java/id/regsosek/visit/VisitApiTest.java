package id.regsosek.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.support.AppTest;
import id.regsosek.support.Http;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The field app API: lists, idempotent attempts, family data with 422 reasons, checks, 403 and 409. */
class VisitApiTest extends AppTest {

    static final String DATA = """
            {"members":[
              {"name":"Budi Santoso","nik":"%s","relationship":1,"sex":"L","age":%d,"education":3,"workStatus":1},
              {"name":"Sri Wahyuni","nik":"3216014503850002","relationship":2,"sex":"P","birthDate":"1985-03-05",
               "age":%d,"education":2,"workStatus":4,"disability":false},
              {"name":"Adi","relationship":3,"sex":"L","age":4,"education":0,"workStatus":5}],
             "housing":{"tenure":1,"floorArea":45,"floorMaterial":2,"wallMaterial":1,"roofMaterial":2,
               "waterSource":2,"sanitation":1,"electricity":2,"cookingFuel":3},
             "assets":{"MOTORCYCLE":1,"GOAT":2},"assistance":["PKH","BPNT"]}""";

    private static final java.time.ZoneId JAKARTA = java.time.ZoneId.of("Asia/Jakarta");
    /** Attempts are reported at the start of today, local time: in the period, never in the future. */
    private static final LocalDate TODAY = LocalDate.now(JAKARTA);

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RegencyUsers users;
    @Autowired
    private VisitStarter starter;
    @Autowired
    private ManagementService management;

    private VisitFixtures.Team team;
    private List<Long> families;
    private Http ppl;
    private Http pml;

    @BeforeEach
    void team() {
        VisitFixtures fixtures = new VisitFixtures(jdbc, users, "32.16");
        team = fixtures.team("api");
        families = fixtures.families(team, 4);
        starter.startVisitsForSls(team.slsId());
        ppl = http(team.pplUser());
        pml = http(team.pmlUser());
    }

    static String data(String headNik) {
        LocalDate now = LocalDate.now();
        int head = now.getYear() - 1980 - (now.isBefore(LocalDate.of(now.getYear(), 5, 12)) ? 1 : 0);
        int wife = now.getYear() - 1985 - (now.isBefore(LocalDate.of(now.getYear(), 3, 5)) ? 1 : 0);
        return String.format(DATA, headNik, head, wife);
    }

    private JsonNode body(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return r.body().isEmpty() ? null : json.readTree(r.body());
    }

    private String attempt(String clientId, int result) {
        return "{\"clientAttemptId\":\"" + clientId + "\",\"resultCode\":" + result
                + ",\"attemptedAt\":\"" + TODAY.atStartOfDay(JAKARTA).toInstant()
                + "\",\"note\":\"tetangga bilang pulang sore\"}";
    }

    private int attempts(long familyId) {
        return jdbc.queryForObject("select count(*) from visit_attempt where family_id = ?", Integer.class, familyId);
    }

    @Test
    void aPplListsItsFamiliesAndOpenVisits() throws Exception {
        JsonNode tasks = body(ppl.get("/api/visits/tasks?size=2"), 200);
        assertThat(tasks.get("total").asInt()).isEqualTo(4);
        assertThat(tasks.get("items")).hasSize(2);
        assertThat(tasks.get("items").get(0).get("kind").asText()).isEqualTo(VisitProcess.TASK_VISIT);
        JsonNode fams = body(ppl.get("/api/visits/families?open=true"), 200);
        assertThat(fams.get("total").asInt()).isEqualTo(4);
        assertThat(body(pml.get("/api/visits/tasks"), 200).get("total").asInt()).isZero();
    }

    @Test
    void aRetriedAttemptIsRecordedOnceAndALaterOneOnAClosedStepIs409() throws Exception {
        long f = families.get(0);
        String id = "app-" + f + "-1";
        JsonNode first = body(ppl.postJson("/api/visits/families/" + f + "/attempts", attempt(id, 3)), 201);
        JsonNode retry = body(ppl.postJson("/api/visits/families/" + f + "/attempts", attempt(id, 3)), 200);
        assertThat(retry.get("attemptId").asLong()).isEqualTo(first.get("attemptId").asLong());
        assertThat(retry.get("duplicate").asBoolean()).isTrue();
        assertThat(attempts(f)).isEqualTo(1);
        // Waiting for the revisit now: another attempt has no open visit task.
        HttpResponse<String> late = ppl.postJson("/api/visits/families/" + f + "/attempts", attempt(id + "b", 3));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("no open task Task_VisitFamily");
        // The revisit is in the PPL's calendar, on the next day at 15:00 Jakarta time.
        JsonNode days = body(ppl.get("/api/visits/calendar?from=" + TODAY.plusDays(1) + "&days=2"), 200);
        assertThat(days.get(0).get("day").asText()).isEqualTo(TODAY.plusDays(1).toString());
        assertThat(days.get(0).get("entries").get(0).get("kind").asText()).isEqualTo("REVISIT");
        assertThat(days.get(0).get("entries").get(0).get("noticeLetter").asBoolean()).isTrue();
    }

    @Test
    void aRetryArrivingAfterTheRevisitOpenedAnswersTheFirstReportAndLeavesTheNewVisitOpen() throws Exception {
        long f = families.get(1);
        String id = "app-" + f + "-late";
        JsonNode first = body(ppl.postJson("/api/visits/families/" + f + "/attempts", attempt(id, 3)), 201);
        String instance = jdbc.queryForObject("select process_instance_id from family_visit where family_id = ?",
                String.class, f);
        management.executeJob(management.createJobQuery().processInstanceId(instance)
                .activityId(VisitProcess.TIMER_REVISIT).singleResult().getId());
        assertThat(visitTasks(f)).isEqualTo(1);

        // The app's retry of the first report, delayed past the revisit: same answer, nothing completed twice.
        JsonNode retry = body(ppl.postJson("/api/visits/families/" + f + "/attempts", attempt(id, 3)), 200);
        assertThat(retry.get("attemptId").asLong()).isEqualTo(first.get("attemptId").asLong());
        assertThat(retry.get("duplicate").asBoolean()).isTrue();
        assertThat(attempts(f)).isEqualTo(1);
        assertThat(visitTasks(f)).isEqualTo(1);
    }

    private int visitTasks(long familyId) {
        return jdbc.queryForObject("select count(*) from visit_task where family_id = ? and kind = ?", Integer.class,
                familyId, VisitProcess.TASK_VISIT);
    }

    @Test
    void anotherOfficersFamilyIs403() throws Exception {
        VisitFixtures fixtures = new VisitFixtures(jdbc, users, "32.16");
        VisitFixtures.Team other = fixtures.team("api-other");
        HttpResponse<String> r = http(other.pplUser()).postJson("/api/visits/families/" + families.get(0)
                + "/attempts", attempt("x-" + families.get(0), 1));
        body(r, 403);
        assertThat(body(http(other.pmlUser()).postJson("/api/visits/families/" + families.get(0) + "/check",
                "{\"approved\":true}"), 403).get("message").asText()).contains("not in your areas");
    }

    @Test
    void invalidFamilyDataIs422WithFieldReasonsAndNoNik() throws Exception {
        long f = families.get(1);
        String bad = data("3216015205800001").replace("\"relationship\":1", "\"relationship\":3")
                .replace("\"age\":4", "\"age\":140");
        JsonNode answer = body(ppl.postJson("/api/visits/families/" + f + "/data", bad), 422);
        List<String> fields = answer.get("fields").findValuesAsText("field");
        assertThat(fields).contains("members", "members[2].age", "members[0].nik");
        assertThat(answer.toString()).doesNotContain("3216015205800001");
        // result 1 without data is refused too
        body(ppl.postJson("/api/visits/families/" + f + "/attempts", attempt("c-" + f, 1)), 422);
        assertThat(attempts(f)).isZero();
    }

    @Test
    void completeVisitIsCheckedReturnedCorrectedAndApproved() throws Exception {
        long f = families.get(2);
        body(ppl.postJson("/api/visits/families/" + f + "/data", data("3216011205800001")), 204);
        body(ppl.postJson("/api/visits/families/" + f + "/attempts", attempt("ok-" + f, 1)), 201);
        JsonNode detail = body(ppl.get("/api/visits/families/" + f), 200);
        assertThat(detail.get("members").get(0).get("nik").asText()).isEqualTo("3216********0001");
        JsonNode pmlTasks = body(pml.get("/api/visits/tasks"), 200);
        assertThat(pmlTasks.get("items").findValuesAsText("kind")).contains(VisitProcess.TASK_CHECK_FORM);
        body(pml.postJson("/api/visits/families/" + f + "/check", "{\"approved\":false}"), 422);
        body(pml.postJson("/api/visits/families/" + f + "/check",
                "{\"approved\":false,\"reason\":\"Umur istri tidak sesuai\"}"), 204);
        assertThat(body(ppl.get("/api/visits/tasks?size=200"), 200).get("items").findValuesAsText("kind"))
                .contains(VisitProcess.TASK_CORRECT_FORM);
        body(ppl.postJson("/api/visits/families/" + f + "/correction", "{}"), 204);
        body(pml.postJson("/api/visits/families/" + f + "/check", "{\"approved\":true}"), 204);
        assertThat(jdbc.queryForObject("select result_code from family where id = ?", Integer.class, f))
                .isEqualTo(1);
        HttpResponse<String> again = pml.postJson("/api/visits/families/" + f + "/check", "{\"approved\":true}");
        assertThat(again.statusCode()).isEqualTo(409);
        body(ppl.postJson("/api/visits/families/" + f + "/data", data("3216011205800001")), 409);
    }

    @Test
    void refusalGoesToThePmlThenTheKosekaAndMovesAreConfirmed() throws Exception {
        long refused = families.get(0);
        long moved = families.get(1);
        body(ppl.postJson("/api/visits/families/" + refused + "/attempts", attempt("r-" + refused, 4)), 201);
        body(pml.postJson("/api/visits/families/" + refused + "/refusal", "{\"yes\":false}"), 204);
        assertThat(body(http("koseka1").get("/api/visits/tasks?size=200"), 200).get("items")
                .findValuesAsText("familyId")).contains(String.valueOf(refused));
        body(http("koseka1").postJson("/api/visits/families/" + refused + "/refusal", "{\"yes\":true}"), 204);
        body(ppl.postJson("/api/visits/families/" + refused + "/attempts", attempt("r2-" + refused, 2)), 201);

        body(ppl.postJson("/api/visits/families/" + moved + "/attempts", attempt("m-" + moved, 5)), 201);
        body(pml.postJson("/api/visits/families/" + moved + "/move", "{\"yes\":true}"), 204);
        assertThat(jdbc.queryForObject("select result_code from family where id = ?", Integer.class, moved))
                .isEqualTo(5);
        assertThat(body(ppl.get("/api/visits/families/" + refused + "/attempts"), 200)).hasSize(2);
    }

    @Test
    void aPplAddsANewFamilyFoundInTheField() throws Exception {
        JsonNode added = body(ppl.postJson("/api/visits/sls/" + team.slsId() + "/families",
                "{\"headName\":\"Siti Aminah\",\"address\":\"Jl. Contoh 1A\"}"), 201);
        long id = added.get("familyId").asLong();
        assertThat(body(ppl.get("/api/visits/tasks?size=200"), 200).get("items").findValuesAsText("familyId"))
                .contains(String.valueOf(id));
        body(http(new VisitFixtures(jdbc, users, "32.16").team("api-x").pplUser())
                .postJson("/api/visits/sls/" + team.slsId() + "/families", "{\"headName\":\"X\"}"), 403);
    }
}
