package id.regsosek.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.support.AppTest;
import id.regsosek.support.Http;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every malformed, huge, NUL-carrying or out-of-range input of the field API is answered 400 or 422 naming the
 * field (as the API names it), never 500, and changes nothing.
 */
class FieldApiInputTest extends AppTest {

    private static final String NUL = "\\u0000";
    private static final String LONG_501 = "x".repeat(501);

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegencyUsers users;
    @Autowired
    VisitStarter starter;

    private static VisitFixtures.Team team;
    private static long family;

    @BeforeEach
    void team() {
        if (team == null) {
            VisitFixtures fixtures = new VisitFixtures(jdbc, users, "32.16");
            team = fixtures.team("input");
            family = fixtures.families(team, 1).get(0);
            starter.startVisitsForSls(team.slsId());
        }
    }

    static String attempt(String id, String result, String at, String note) {
        return "{\"clientAttemptId\":\"" + id + "\",\"resultCode\":" + result
                + (at == null ? "" : ",\"attemptedAt\":\"" + at + "\"") + (note == null ? "" : ",\"note\":\"" + note
                + "\"") + "}";
    }

    static String member(String name, String birthDate, String age) {
        return "{\"name\":\"" + name + "\",\"relationship\":1,\"sex\":\"L\",\"age\":" + age + ",\"education\":3,"
                + "\"workStatus\":1" + (birthDate == null ? "" : ",\"birthDate\":\"" + birthDate + "\"") + "}";
    }

    static String data(String... members) {
        return "{\"members\":[" + String.join(",", members) + "],\"housing\":{\"tenure\":1,\"floorArea\":45,"
                + "\"floorMaterial\":2,\"wallMaterial\":1,\"roofMaterial\":2,\"waterSource\":2,\"sanitation\":1,"
                + "\"electricity\":2,\"cookingFuel\":3}}";
    }

    static Stream<Arguments> inputs() {
        String now = Instant.now().toString();
        String attempts = "POST /api/visits/families/{family}/attempts";
        String familyData = "PUT /api/visits/families/{family}/data";
        String newFamily = "POST /api/visits/sls/{sls}/families";
        String many = member("Anggota", null, "30") + ("," + member("Anggota", null, "30")).repeat(60);
        String huge = member("Anggota", null, "30") + ("," + member("Anggota", null, "30")).repeat(9_999);
        return Stream.of(
                Arguments.of("NUL in attempt id", "ppl", attempts, attempt("a" + NUL + "b", "3", now, null), 422,
                        "clientAttemptId"),
                Arguments.of("attempt id over its column", "ppl", attempts, attempt("a".repeat(65), "3", now, null),
                        422, "clientAttemptId"),
                Arguments.of("NUL in a note", "ppl", attempts, attempt("nul-note", "3", now, "pulang" + NUL), 422,
                        "note"),
                Arguments.of("bell in a note", "ppl", attempts, attempt("bel-note", "3", now, "a\\u0007b"), 422,
                        "note"),
                Arguments.of("note over its column", "ppl", attempts, attempt("long-note", "3", now, LONG_501), 422,
                        "note"),
                Arguments.of("attempt in 2099", "ppl", attempts, attempt("y2099", "3", "2099-10-20T02:30:00Z", null),
                        422, "attemptedAt"),
                Arguments.of("attempt in year 1", "ppl", attempts, attempt("y1", "3", "0001-01-01T00:00:00Z", null),
                        422, "attemptedAt"),
                Arguments.of("attempt in year +99999", "ppl", attempts,
                        attempt("y99999", "3", "+99999-01-01T00:00:00Z", null), 422, "attemptedAt"),
                Arguments.of("attempt an hour ahead", "ppl", attempts,
                        attempt("ahead", "3", Instant.now().plusSeconds(3600).toString(), null), 422, "attemptedAt"),
                Arguments.of("attempt before the period", "ppl", attempts,
                        attempt("before", "3", Instant.now().minusSeconds(400L * 86400).toString(), null), 422,
                        "attemptedAt"),
                Arguments.of("result 3.9", "ppl", attempts, attempt("r39", "3.9", now, null), 400, "resultCode"),
                Arguments.of("result 6", "ppl", attempts, attempt("r6", "6", now, null), 422, "resultCode"),
                Arguments.of("result as text", "ppl", attempts, attempt("rx", "\"tiga\"", now, null), 400,
                        "resultCode"),
                Arguments.of("result beyond a long", "ppl", attempts, attempt("rbig", "99999999999999999999", now,
                        null), 400, "resultCode"),
                Arguments.of("unknown prelist status", "ppl", attempts, "{\"clientAttemptId\":\"ps\",\"resultCode\":3,"
                        + "\"prelistStatus\":\"LOST\"}", 422, "prelistStatus"),
                Arguments.of("body not JSON", "ppl", attempts, "resultCode=3", 400, ""),
                Arguments.of("body an array", "ppl", attempts, "[]", 400, ""),
                Arguments.of("NUL in a member's name", "ppl", familyData, data(member("Bu" + NUL + "di", null, "40")),
                        422, "members[0].name"),
                Arguments.of("name over its column", "ppl", familyData, data(member("B".repeat(121), null, "40")),
                        422, "members[0].name"),
                Arguments.of("61 members", "ppl", familyData, data(many), 422, "members"),
                Arguments.of("10,000 members", "ppl", familyData, data(huge), 422, "members"),
                Arguments.of("birth date in the future", "ppl", familyData,
                        data(member("Budi", LocalDate.now().plusYears(1).toString(), "0")), 422, "members[0].birthDate"),
                Arguments.of("birth date in 1850", "ppl", familyData, data(member("Budi", "1850-01-01", "40")), 422,
                        "members[0].birthDate"),
                Arguments.of("age 3.5", "ppl", familyData, data(member("Budi", null, "3.5")), 400, "members[0].age"),
                Arguments.of("new family's address over its column", "ppl", newFamily,
                        "{\"headName\":\"Baru\",\"address\":\"" + "J".repeat(201) + "\"}", 422, "address"),
                Arguments.of("NUL in a new family's head", "ppl", newFamily, "{\"headName\":\"Ba" + NUL + "ru\"}", 422,
                        "headName"),
                Arguments.of("new family's KK not 16 digits", "ppl", newFamily,
                        "{\"headName\":\"Baru\",\"kkNumber\":\"32160abc\"}", 422, "kkNumber"),
                Arguments.of("page 2147483647 of tasks", "ppl", "GET /api/visits/tasks?page=2147483647", null, 400,
                        "page"),
                Arguments.of("page 2147483647 of families", "ppl",
                        "GET /api/visits/families?page=2147483647&size=200", null, 400, "page"),
                Arguments.of("negative page", "ppl", "GET /api/visits/tasks?page=-1", null, 400, "page"),
                Arguments.of("size 0", "ppl", "GET /api/visits/tasks?size=0", null, 400, "size"),
                Arguments.of("page as text", "ppl", "GET /api/visits/tasks?page=abc", null, 400, "page"),
                Arguments.of("family id as text", "ppl", "GET /api/visits/families/abc", null, 400, "id"),
                Arguments.of("calendar from the last day there is", "ppl",
                        "GET /api/visits/calendar?from=%2B999999999-12-31", null, 400, "from"),
                Arguments.of("calendar of 100,000 days", "ppl", "GET /api/visits/calendar?days=100000", null, 400,
                        "days"),
                Arguments.of("NUL in a return reason", "pml", "POST /api/visits/families/{family}/check",
                        "{\"approved\":false,\"reason\":\"salah" + NUL + "\"}", 422, "reason"),
                Arguments.of("return reason over its column", "pml", "POST /api/visits/families/{family}/check",
                        "{\"approved\":false,\"reason\":\"" + LONG_501 + "\"}", 422, "reason"),
                Arguments.of("appointment in 2099", "pml", "POST /api/visits/families/{family}/help",
                        "{\"appointmentAt\":\"2099-01-01T08:00:00Z\"}", 422, "appointmentAt"),
                Arguments.of("NUL in a help note", "pml", "POST /api/visits/families/{family}/help",
                        "{\"note\":\"" + NUL + "\"}", 422, "note"),
                Arguments.of("NUL in a move note", "pml", "POST /api/visits/families/{family}/move",
                        "{\"yes\":true,\"note\":\"" + NUL + "\"}", 422, "note"),
                Arguments.of("refusal without a decision", "pml", "POST /api/visits/families/{family}/refusal",
                        "{\"note\":\"x\"}", 422, "yes"),
                Arguments.of("decision as a number", "pml", "POST /api/visits/families/{family}/move",
                        "{\"yes\":2.5}", 400, "yes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void isRefusedNamingTheFieldAndChangesNothing(String what, String role, String request, String body, int status,
                                                  String field) throws Exception {
        Http client = http("ppl".equals(role) ? team.pplUser() : team.pmlUser());
        String[] parts = request.split(" ", 2);
        String path = parts[1].replace("{family}", String.valueOf(family)).replace("{sls}",
                String.valueOf(team.slsId()));
        int familiesBefore = count("select count(*) from family where sls_id = ?", team.slsId());
        HttpResponse<String> r = switch (parts[0]) {
            case "GET" -> client.get(path);
            case "PUT" -> client.putJson(path, body);
            default -> client.postJson(path, body);
        };
        assertThat(r.statusCode()).as(what + ": " + r.body()).isEqualTo(status);
        JsonNode fields = json.readTree(r.body()).get("fields");
        assertThat(fields).as(what + ": " + r.body()).isNotNull();
        List<String> named = fields.findValuesAsText("field");
        assertThat(named).as(what + ": " + r.body()).contains(field);
        assertThat(r.body()).as("the answer quotes no NUL").doesNotContain("\\u0000");
        assertThat(count("select count(*) from visit_attempt where family_id = ?", family)).isZero();
        assertThat(count("select count(*) from family_member where family_id = ?", family)).isZero();
        assertThat(count("select count(*) from family where sls_id = ?", team.slsId())).isEqualTo(familiesBefore);
        assertThat(count("select count(*) from visit_task where family_id = ? and kind = ?", family,
                VisitProcess.TASK_VISIT)).isEqualTo(1);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
