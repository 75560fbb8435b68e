package id.regsosek.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.frame.AreaFiles;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.support.Http;
import id.regsosek.support.PostgresTest;
import id.regsosek.support.SecondNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes (two contexts, two job executors) on one PostgreSQL database, a field app's requests
 * about the same family sent to both at the same moment: the same report is one attempt and "duplicate" with its
 * result everywhere else, a second decision is a 409 with its reason, family data stored whole; never a 500.
 */
class FieldApiTwoNodesIT extends PostgresTest {

    /** Kota Banjar: a regency of its own, so no other test's period end closes these visits meanwhile. */
    static final String REGENCY = "32.79";
    static final int THREADS = 8;
    private static final String AT = LocalDate.now(ZoneId.of("Asia/Jakarta")).atStartOfDay(ZoneId.of("Asia/Jakarta"))
            .toInstant().toString();
    private static SecondNode node2;

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    FrameImports imports;
    @Autowired
    RegencyUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    VisitStarter starter;

    @AfterAll
    static void stopSecondNode() {
        if (node2 != null) {
            node2.close();
        }
    }

    @Test
    void requestsAboutOneFamilySentToBothNodesAtOnceAnswerAsIfTheyCameOneAfterTheOther() throws Exception {
        assertThat(imports.importArea(REGENCY, new AreaFiles(utf8("code,province_code,name\n32.79,32,Kota Banjar\n"),
                utf8("code,regency_code,name\n32.79.01,32.79,Banjar\n"),
                utf8("code,district_code,name\n32.79.01.1001,32.79.01,Banjar\n")), "it").state()).isEqualTo("DONE");
        assertThat(imports.importSls(REGENCY, "sls.csv", utf8("village_code,sls_code,sub_sls,name,type,"
                + "expected_families\n32.79.01.1001,0001,00,RT 001,SLS,10\n"), "it").state()).isEqualTo("DONE");
        VisitFixtures fixtures = new VisitFixtures(jdbc, users, REGENCY);
        VisitFixtures.Team team = fixtures.team("nodes");
        List<Long> families = fixtures.families(team, 5);
        assertThat(starter.startVisitsForSls(team.slsId())).isEqualTo(5);
        node2 = SecondNode.start();
        // A job left locked by a node that dies is free again after a minute (not the engine's default five).
        var executor = node2.bean(org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl.class).getJobExecutor();
        assertThat(executor.isActive()).isTrue();
        assertThat(executor.getLockTimeInMillis()).isEqualTo(60_000);
        Http[] ppl = {http(team.pplUser(), "demo"), node2.http(team.pplUser(), "demo")};
        Http[] pml = {http(team.pmlUser(), "demo"), node2.http(team.pmlUser(), "demo")};

        // The same report, to both nodes at once.
        long f0 = families.get(0);
        List<HttpResponse<String>> same = FieldApiRaceTest.together(THREADS, i -> ppl[i % 2].postJson(
                "/api/visits/families/" + f0 + "/attempts", FieldApiRaceTest.attempt("nodes-" + f0, 3)));
        assertThat(statuses(same)).as(bodies(same)).containsOnly(200, 201).containsOnlyOnce(201);
        List<Long> ids = new ArrayList<>();
        for (HttpResponse<String> a : same) {
            JsonNode body = json.readTree(a.body());
            assertThat(body.get("duplicate").asBoolean()).isEqualTo(a.statusCode() == 200);
            assertThat(body.get("resultCode").asInt()).isEqualTo(3);
            ids.add(body.get("attemptId").asLong());
        }
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(count("select count(*) from visit_attempt where family_id = ?", f0)).isEqualTo(1);

        // Different reports of one family: one recorded, the others told why.
        long f1 = families.get(1);
        List<HttpResponse<String>> different = FieldApiRaceTest.together(THREADS, i -> ppl[i % 2].postJson(
                "/api/visits/families/" + f1 + "/attempts", FieldApiRaceTest.attempt("nodes-" + f1 + "-" + i, 3)));
        assertThat(statuses(different)).as(bodies(different)).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(count("select count(*) from visit_attempt where family_id = ?", f1)).isEqualTo(1);

        // Two move confirmations (and more) at once.
        long f2 = families.get(2);
        assertThat(ppl[0].postJson("/api/visits/families/" + f2 + "/attempts", FieldApiRaceTest.attempt("moved-"
                + f2, 5)).statusCode()).isEqualTo(201);
        List<HttpResponse<String>> moves = FieldApiRaceTest.together(THREADS, i -> pml[i % 2].postJson(
                "/api/visits/families/" + f2 + "/move", "{\"yes\":true}"));
        assertThat(statuses(moves)).as(bodies(moves)).containsOnly(204, 409).containsOnlyOnce(204);
        moves.stream().filter(a -> a.statusCode() == 409)
                .forEach(a -> assertThat(a.body()).contains("no open task Task_ConfirmMove"));
        assertThat(count("select result_code from family where id = ?", f2)).isEqualTo(5);

        // Family data and the PML's check, at once on both nodes.
        long f3 = families.get(3);
        String data = VisitApiTest.data(FormData.HEAD_NIK);
        List<HttpResponse<String>> puts = FieldApiRaceTest.together(THREADS, i -> ppl[i % 2].putJson(
                "/api/visits/families/" + f3 + "/data", data));
        assertThat(statuses(puts)).as(bodies(puts)).containsOnly(204);
        assertThat(count("select count(*) from family_member where family_id = ?", f3)).isEqualTo(3);
        assertThat(ppl[1].postJson("/api/visits/families/" + f3 + "/attempts", FieldApiRaceTest.attempt("complete-"
                + f3, 1)).statusCode()).isEqualTo(201);
        List<HttpResponse<String>> checks = FieldApiRaceTest.together(THREADS, i -> pml[i % 2].postJson(
                "/api/visits/families/" + f3 + "/check", "{\"approved\":true}"));
        assertThat(statuses(checks)).as(bodies(checks)).containsOnly(204, 409).containsOnlyOnce(204);
        assertThat(count("select count(*) from family_check where family_id = ?", f3)).isEqualTo(1);
    }

    private static List<Integer> statuses(List<HttpResponse<String>> answers) {
        return answers.stream().map(HttpResponse::statusCode).toList();
    }

    private static String bodies(List<HttpResponse<String>> answers) {
        return answers.stream().map(a -> a.statusCode() + " " + a.body()).toList().toString();
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
