package id.regsosek.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.support.AppTest;
import id.regsosek.support.Http;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Requests about one family arriving at the same moment (threads released together) answer as if they came one
 * after the other: the same report twice is one attempt and "duplicate" answers with its result; a second
 * decision on a completed step is a 409 with its reason; never a 500.
 */
class FieldApiRaceTest extends AppTest {

    static final int THREADS = 8;
    private static final String AT = LocalDate.now(ZoneId.of("Asia/Jakarta")).atStartOfDay(ZoneId.of("Asia/Jakarta"))
            .toInstant().toString();

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegencyUsers users;
    @Autowired
    VisitStarter starter;

    private VisitFixtures.Team team;
    private List<Long> families;
    private Http ppl;
    private Http pml;

    @BeforeEach
    void team() {
        VisitFixtures fixtures = new VisitFixtures(jdbc, users, "32.16");
        team = fixtures.team("race");
        families = fixtures.families(team, 5);
        starter.startVisitsForSls(team.slsId());
        ppl = http(team.pplUser());
        pml = http(team.pmlUser());
    }

    static String attempt(String id, int result) {
        return "{\"clientAttemptId\":\"" + id + "\",\"resultCode\":" + result + ",\"attemptedAt\":\"" + AT + "\"}";
    }

    /** Sends n requests released at the same instant; returns their answers. */
    static List<HttpResponse<String>> together(int n, IntFunction<HttpResponse<String>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                Callable<HttpResponse<String>> call = () -> {
                    ready.countDown();
                    go.await();
                    return request.apply(k);
                };
                answers.add(pool.submit(call));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<HttpResponse<String>> out = new ArrayList<>();
            for (Future<HttpResponse<String>> a : answers) {
                out.add(a.get(120, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Integer> statuses(List<HttpResponse<String>> answers) {
        return answers.stream().map(HttpResponse::statusCode).toList();
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void theSameReportSentManyTimesAtOnceIsOneAttemptAndTheOthersAreDuplicatesWithItsResult() throws Exception {
        long f = families.get(0);
        String id = "race-" + f;
        List<HttpResponse<String>> answers = together(THREADS, i -> ppl.postJson("/api/visits/families/" + f
                + "/attempts", attempt(id, 3)));
        assertThat(statuses(answers)).as(answers.stream().map(HttpResponse::body).toList().toString())
                .containsOnly(200, 201).containsOnlyOnce(201);
        List<Long> ids = new ArrayList<>();
        for (HttpResponse<String> a : answers) {
            JsonNode body = json.readTree(a.body());
            assertThat(body.get("duplicate").asBoolean()).isEqualTo(a.statusCode() == 200);
            assertThat(body.get("resultCode").asInt()).isEqualTo(3);
            ids.add(body.get("attemptId").asLong());
        }
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(count("select count(*) from visit_attempt where family_id = ?", f)).isEqualTo(1);
    }

    @Test
    void differentReportsOfOneFamilyAtOnceRecordOneAndRefuseTheOthersWithTheReason() throws Exception {
        long f = families.get(1);
        List<HttpResponse<String>> answers = together(THREADS, i -> ppl.postJson("/api/visits/families/" + f
                + "/attempts", attempt("race-" + f + "-" + i, 3)));
        assertThat(statuses(answers)).as(answers.stream().map(HttpResponse::body).toList().toString())
                .containsOnly(201, 409).containsOnlyOnce(201);
        answers.stream().filter(a -> a.statusCode() == 409)
                .forEach(a -> assertThat(a.body()).contains("no open task Task_VisitFamily"));
        assertThat(count("select count(*) from visit_attempt where family_id = ?", f)).isEqualTo(1);
    }

    @Test
    void twoMoveConfirmationsAtOnceConfirmOnceAndTheOtherIsTold() throws Exception {
        long f = families.get(2);
        assertThat(ppl.postJson("/api/visits/families/" + f + "/attempts", attempt("moved-" + f, 5)).statusCode())
                .isEqualTo(201);
        List<HttpResponse<String>> answers = together(THREADS, i -> pml.postJson("/api/visits/families/" + f
                + "/move", "{\"yes\":true}"));
        assertThat(statuses(answers)).as(answers.stream().map(HttpResponse::body).toList().toString())
                .containsOnly(204, 409).containsOnlyOnce(204);
        answers.stream().filter(a -> a.statusCode() == 409)
                .forEach(a -> assertThat(a.body()).contains("no open task Task_ConfirmMove"));
        assertThat(count("select result_code from family where id = ?", f)).isEqualTo(5);
        assertThat(count("select count(*) from visit_task where family_id = ?", f)).isZero();
    }

    @Test
    void checksAndDataOfOneFamilyAtOnceNeverFail() throws Exception {
        long f = families.get(3);
        String data = VisitApiTest.data(FormData.HEAD_NIK);
        List<HttpResponse<String>> puts = together(THREADS, i -> ppl.putJson("/api/visits/families/" + f + "/data",
                data));
        assertThat(statuses(puts)).as(puts.stream().map(HttpResponse::body).toList().toString()).containsOnly(204);
        assertThat(count("select count(*) from family_member where family_id = ?", f)).isEqualTo(3);
        assertThat(ppl.postJson("/api/visits/families/" + f + "/attempts", attempt("complete-" + f, 1)).statusCode())
                .isEqualTo(201);
        List<HttpResponse<String>> checks = together(THREADS, i -> pml.postJson("/api/visits/families/" + f
                + "/check", "{\"approved\":true}"));
        assertThat(statuses(checks)).as(checks.stream().map(HttpResponse::body).toList().toString())
                .containsOnly(204, 409).containsOnlyOnce(204);
        assertThat(count("select count(*) from family_check where family_id = ?", f)).isEqualTo(1);
    }
}
