package id.regsosek.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.regsosek.frame.FrameImports;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.imports.ImportAnswers;
import id.regsosek.imports.ImportRuns;
import id.regsosek.support.AppTest;
import id.regsosek.support.Http;
import id.regsosek.support.SecondRegency;
import id.regsosek.visit.VisitFixtures;
import id.regsosek.visit.VisitProcess;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of village-forum with real delegates and tables: a village's ranked families (Serang Baru, a district
 * no other test works in), its official who alone of the officials sees its forum and list, keyed corrections into
 * re-verification, a late forum reminded; the admin's overview and the official's binding to its village.
 */
class VillageForumProcessTest extends AppTest {

    private static final String DISTRICT = "32.16.21";
    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    private ProcessEngine engine;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RegencyUsers users;
    @Autowired
    private ForumStarter starter;
    @Autowired
    private ImportRuns importRuns;
    @Autowired
    private ForumCorrectionUpload correctionUpload;
    @Autowired
    private FrameImports imports;

    private String campaign;
    private String village;
    private String official;
    private List<Long> families;

    @BeforeEach
    void aVillageWithThreeRankedFamiliesAndItsOfficial() {
        BpmnAwareTests.init(engine);
        campaign = "32.16-FORUM" + System.nanoTime() % 100000 + "-" + RUN.incrementAndGet();
        long slsId = jdbc.queryForObject("select id from sls s where district_code = ? and not exists (select 1"
                + " from sls_assignment a where a.sls_id = s.id) order by id fetch first 1 rows only", Long.class,
                DISTRICT);
        village = jdbc.queryForObject("select village_code from sls where id = ?", String.class, slsId);
        VisitFixtures fixtures = new VisitFixtures(jdbc, users, "32.16");
        VisitFixtures.Team team = fixtures.team("forum", slsId);
        families = fixtures.families(team, 3);
        for (int i = 0; i < families.size(); i++) {
            jdbc.update("update family set result_code = 1, final_at = ? where id = ?", Timestamp.from(Instant.now()),
                    families.get(i));
            jdbc.update("insert into family_rank (family_id, regency_code, campaign_key, score, welfare_rank, decile)"
                    + " values (?, '32.16', ?, ?, ?, ?)", families.get(i), campaign, i * 1.5, i + 1, 3 * i + 1);
        }
        official = "desa-" + village;
        users.ensure(new RegencyUsers.NewUser(official, "Perangkat", village, official + "@desa.example", "demo",
                Groups.VILLAGE_OFFICIAL, "32.16"));
        jdbc.update("delete from village_official where user_id = ?", official);
        jdbc.update("insert into village_official (user_id, regency_code, village_code) values (?, '32.16', ?)",
                official, village);
    }

    private ProcessInstance opened() {
        assertThat(starter.startForCampaign("32.16", campaign)).isEqualTo(1);
        assertThat(starter.startForCampaign("32.16", campaign)).as("once per campaign and village").isZero();
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(VillageForumProcess.KEY)
                .processInstanceBusinessKey(ForumSubject.key(campaign, village)).singleResult();
        assertThat(pi).isWaitingAt(VillageForumProcess.TASK_HOLD);
        assertThat(task(pi)).isAssignedTo(official);
        // The task names its village and campaign in Tasklist.
        assertThat(task(pi).getName()).startsWith("Forum konsultasi desa: desa " + village + " ")
                .endsWith(", kegiatan " + campaign);
        assertThat(pi.getTenantId()).isEqualTo("32.16");
        return pi;
    }

    private String forum(String column) {
        return String.valueOf(jdbc.queryForObject("select " + column + " from village_forum where campaign_key = ?"
                + " and village_code = ?", Object.class, campaign, village));
    }

    private Http as(String user) {
        return new Http("http://localhost:" + port, user, "demo");
    }

    @Test
    void aForumWithoutCorrectionsIsRecordedAndEnds() {
        ProcessInstance pi = opened();
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), VillageForumProcess.VAR_LIST_LINK))
                .isEqualTo("/forum/" + campaign + "/" + village + "/daftar.csv");
        complete(task(pi), withVariables(VillageForumProcess.VAR_NOTE, "Balai desa, 40 warga hadir"));
        assertThat(pi).isEnded().hasPassed(VillageForumProcess.END_NO_CORRECTIONS)
                .hasNotPassed(VillageForumProcess.TASK_REVERIFY);
        assertThat(forum("status")).isEqualTo("HELD");
        assertThat(forum("corrections")).isEqualTo("0");
        assertThat(forum("held_by")).isEqualTo(official);
    }

    @Test
    void keyedCorrectionsGoBackToTheFieldForReverification() {
        ProcessInstance pi = opened();
        complete(task(pi), withVariables(VillageForumProcess.VAR_CORRECTIONS, "family_id,reason\n"
                + families.get(0) + "; rumah sudah direnovasi\n\n" + families.get(2) + ",punya mobil baru\n"));
        assertThat(pi).isEnded().hasPassed(VillageForumProcess.TASK_REVERIFY, VillageForumProcess.END_REVERIFY);
        assertThat(forum("corrections")).isEqualTo("2");
        for (long family : List.of(families.get(0), families.get(2))) {
            ProcessInstance visit = engine.getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionKey(VisitProcess.KEY).processInstanceBusinessKey(String.valueOf(family))
                    .active().singleResult();
            assertThat(visit).as("re-verification of " + family).isWaitingAt(VisitProcess.TASK_VISIT);
        }
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(VisitProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(families.get(1))).count()).isZero();
        assertThat(jdbc.queryForList("select d.step || ':' || d.decision from sls_signoff_decision d join family f"
                + " on f.sls_id = d.sls_id where f.id = ?", String.class, families.get(0))).contains("FORUM:REOPEN");
    }

    @Test
    void aWrongCorrectionIsRefusedNamingItsLineAndNothingMoves() {
        ProcessInstance pi = opened();
        long foreign = jdbc.queryForObject("select min(id) from family where regency_code = '32.16' and sls_id not in"
                + " (select id from sls where village_code = ?)", Long.class, village);
        assertThatThrownBy(() -> complete(task(pi), withVariables(VillageForumProcess.VAR_CORRECTIONS,
                families.get(0) + "; salah data\n" + foreign + "; bukan desa ini")))
                .hasMessageContaining("Koreksi baris 2: '" + foreign + "' bukan keluarga berperingkat di desa " + village);
        assertThatThrownBy(() -> complete(task(pi), withVariables(VillageForumProcess.VAR_CORRECTIONS,
                families.get(0) + ";")))
                .hasMessageContaining("Koreksi baris 1: alasan forum untuk keluarga " + families.get(0) + " wajib diisi");
        assertThatThrownBy(() -> complete(task(pi), withVariables(VillageForumProcess.VAR_CORRECTIONS,
                families.get(1) + "; a\n" + families.get(1) + "; b")))
                .hasMessageContaining("Koreksi baris 2: keluarga " + families.get(1) + " disebut dua kali");
        assertThat(pi).isWaitingAt(VillageForumProcess.TASK_HOLD);
        assertThat(forum("status")).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("select count(*) from family where id = ? and result_code = 1", Integer.class,
                families.get(0))).isEqualTo(1);
    }

    @Test
    void aLateForumIsFlaggedItsOfficialRemindedAndItStillWaits() {
        ProcessInstance pi = opened();
        execute(job(VillageForumProcess.TIMER_LATE, pi));
        assertThat(pi).hasPassed(VillageForumProcess.TASK_REMIND, VillageForumProcess.END_REMINDED)
                .isWaitingAt(VillageForumProcess.TASK_HOLD);
        assertThat(forum("late")).isEqualTo("true");
        assertThat(jdbc.queryForList("select recipient from mail_outbox where template = ? and reference = ?",
                String.class, VillageForumProcess.MAIL_LATE, "Desa " + village)).contains(official + "@desa.example");
        assertThat(as("admin").get("/api/forums/" + campaign).body()).contains("\"late\":true");
        // The dashboard lists it late too (JSON and CSV), for the regency admin and the manager.
        assertThat(as("manajer").get("/api/dashboard/forums").body()).contains("\"campaignKey\":\"" + campaign
                + "\",\"villageCode\":\"" + village + "\"").contains("\"late\":true");
        assertThat(as("admin").get("/api/dashboard/forums.csv").body()).contains(campaign + "," + village);
        assertThat(as(official).get("/api/dashboard/forums").statusCode()).isEqualTo(403);
        complete(task(pi));
        assertThat(pi).isEnded().hasPassed(VillageForumProcess.END_NO_CORRECTIONS);
    }

    @Test
    void theListIsForItsOwnOfficialAndTheOfficeOnlyWithoutNik() {
        opened();
        String path = "/api/forums/" + campaign + "/villages/" + village + "/list.csv";
        HttpResponse<String> own = as(official).get(path);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        List<String> lines = own.body().lines().toList();
        assertThat(lines).hasSize(4).first().isEqualTo("sls,family_id,head_name,address,decile");
        assertThat(lines.get(1)).contains("," + families.get(0) + ",Kepala Keluarga 1,").endsWith(",1");
        assertThat(as("admin").get(path).statusCode()).isEqualTo(200);
        assertThat(as("manajer").get(path).statusCode()).isEqualTo(200);
        // The task's link, with the login session Tasklist has.
        var link = new id.regsosek.support.SessionHttp("http://localhost:" + port, official, "demo")
                .get(ForumController.listPath(campaign, village));
        assertThat(link.statusCode()).isEqualTo(200);
        assertThat(link.body()).isEqualTo(own.body());

        // Another village's official, a PPL and another regency's admin are refused; the latter as if unknown.
        String other = "desa-lain-" + village;
        users.ensure(new RegencyUsers.NewUser(other, "Perangkat", "lain", null, "demo", Groups.VILLAGE_OFFICIAL,
                "32.16"));
        jdbc.update("delete from village_official where user_id = ?", other);
        jdbc.update("insert into village_official (user_id, regency_code, village_code) select ?, '32.16', min(code)"
                + " from village where regency_code = '32.16' and code <> ?", other, village);
        HttpResponse<String> refused = as(other).get(path);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("hanya untuk perangkat desa itu");
        assertThat(as("ppl1").get(path).statusCode()).isEqualTo(403);
        SecondRegency.ensure(imports, users);
        assertThat(as(SecondRegency.ADMIN).get(path).statusCode()).isEqualTo(404);
        // Nor does the other official see this village's forum task, in Tasklist's lists or by asking the engine.
        assertThat(engine.getTaskService().createTaskQuery().taskAssignee(other).count()).isZero();
        String taskId = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(
                ForumSubject.key(campaign, village)).singleResult().getId();
        assertThat(as(other).get("/engine-rest/task?processDefinitionKey=" + VillageForumProcess.KEY).body())
                .doesNotContain(taskId);
        assertThat(as(other).get("/engine-rest/task/" + taskId).statusCode()).isIn(403, 404);
        assertThat(as(official).get("/engine-rest/task/" + taskId).statusCode()).isEqualTo(200);
    }

    @Test
    void theAdminsOverviewAndTheOfficialsBinding() {
        opened();
        HttpResponse<String> overview = as("admin").get("/api/forums/" + campaign);
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("\"villageCode\":\"" + village + "\"").contains("\"status\":\"OPEN\"")
                .contains("\"official\":\"" + official + "\"");
        assertThat(as("ppl1").get("/api/forums/" + campaign).statusCode()).isEqualTo(403);
        assertThat(as(official).get("/api/forums/" + campaign).statusCode()).isEqualTo(403);

        String other = jdbc.queryForObject("select max(code) from village where regency_code = '32.16' and code <> ?",
                String.class, village);
        HttpResponse<String> bound = as("admin").putJson("/api/forums/officials/" + official,
                "{\"village\":\"" + other + "\"}");
        assertThat(bound.statusCode()).as(bound.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select village_code from village_official where user_id = ?", String.class,
                official)).isEqualTo(other);
        assertThat(as("admin").putJson("/api/forums/officials/ppl1", "{\"village\":\"" + other + "\"}")
                .statusCode()).as("not a village official").isEqualTo(404);
        assertThat(as("admin").putJson("/api/forums/officials/" + official, "{\"village\":\"32.75.01.1001\"}")
                .statusCode()).as("another regency's village").isEqualTo(404);
        assertThat(as(official).putJson("/api/forums/officials/" + official, "{\"village\":\"" + village + "\"}")
                .statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select village_code from village_official where user_id = ?", String.class,
                official)).isEqualTo(other);
    }

    @Test
    void overRestTheOfficialSendsOnlyItsFormsFields() {
        ProcessInstance pi = opened();
        String path = "/engine-rest/task/" + task(pi).getId() + "/complete";
        HttpResponse<String> forged = as(official).postJson(path, "{\"variables\":{\"hasCorrections\":{\"type\":"
                + "\"Boolean\",\"value\":true},\"forumNote\":{\"type\":\"String\",\"value\":\"x\"}}}");
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
        assertThat(as("ppl1").postJson(path, "{\"variables\":{}}").statusCode()).isIn(403, 404);
        HttpResponse<String> ok = as(official).postJson(path, "{\"variables\":{\"forumNote\":{\"type\":\"String\","
                + "\"value\":\"tidak ada koreksi\"}}}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(204);
        assertThat(pi).isEnded().hasPassed(VillageForumProcess.END_NO_CORRECTIONS);
    }

    private HttpResponse<String> upload(String user, String csv) {
        return as(user).upload("/api/forums/" + campaign + "/villages/" + village + "/corrections", "file",
                "koreksi.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private ProcessInstance visitOf(long family) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(VisitProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(family)).active().singleResult();
    }

    @Test
    void uploadedCorrectionsAreKeptWithTheForumAndGoToReverificationWithTheKeyedOnes() {
        ProcessInstance pi = opened();
        // More families of the village, on an SLS of their own: a file far beyond a form field's 4,000 characters.
        long slsId = jdbc.queryForObject("select id from sls s where village_code = ? and not exists (select 1 from"
                + " sls_assignment a where a.sls_id = s.id) order by id fetch first 1 rows only", Long.class, village);
        VisitFixtures fixtures = new VisitFixtures(jdbc, users, "32.16");
        List<Long> more = fixtures.families(fixtures.team("forum-csv", slsId), 10);
        for (long f : more) {
            jdbc.update("update family set result_code = 1, final_at = ? where id = ?", Timestamp.from(Instant.now()),
                    f);
            jdbc.update("insert into family_rank (family_id, regency_code, campaign_key, score, welfare_rank, decile)"
                    + " values (?, '32.16', ?, 9.0, 9, 9)", f, campaign);
        }
        String[] reasons = {"pindah", "MENINGGAL", "tidak_miskin", "poor_but_missed", "Duplicate"};
        StringBuilder csv = new StringBuilder("family_id,reason,note\n" + families.get(0) + ",pindah,\n");
        for (int i = 0; i < more.size(); i++) {
            csv.append(more.get(i)).append(',').append(reasons[i % reasons.length]).append(",\"")
                    .append("keterangan forum ".repeat(23)).append("\"\n");
        }
        assertThat(csv.length()).isGreaterThan(4000);
        HttpResponse<String> first = upload(official, families.get(2) + "\n");
        assertThat(first.statusCode()).as("a header is required").isEqualTo(422);
        HttpResponse<String> done = upload(official, csv.toString());
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains("\"inserted\":11");
        // Kept in the regency's import history like every import (its kind once did not fit the column: unrecorded).
        assertThat(jdbc.queryForObject("select count(*) from import_run where kind = ? and state = 'DONE' and"
                + " rows_inserted = 11", Integer.class, ForumCorrectionUpload.KIND)).isOne();
        assertThat(forum("status")).isEqualTo("OPEN");
        assertThat(forum("corrections")).as("counted with the forum").isEqualTo("11");
        assertThat(jdbc.queryForObject("select reason_code || ':' || source || ':' || line_no from"
                + " village_forum_correction where campaign_key = ? and family_id = ?", String.class, campaign,
                more.get(1))).isEqualTo("meninggal:FILE:4");
        assertThat(as("admin").get("/api/forums/" + campaign).body()).contains("\"corrections\":11");
        // Nothing goes to the field before the forum is reported.
        assertThat(visitOf(families.get(0))).isNull();

        // A keyed row already in the file is refused naming its line; another keyed row joins the file's.
        assertThatThrownBy(() -> complete(task(pi), withVariables(VillageForumProcess.VAR_CORRECTIONS,
                families.get(1) + "; rumah baru\n" + families.get(0) + "; pindah")))
                .hasMessageContaining("Koreksi baris 2: keluarga " + families.get(0) + " sudah ada di berkas koreksi"
                        + " yang diunggah (baris 2)");
        complete(task(pi), withVariables(VillageForumProcess.VAR_CORRECTIONS, families.get(1) + "; rumah baru"));
        assertThat(pi).isEnded().hasPassed(VillageForumProcess.TASK_REVERIFY, VillageForumProcess.END_REVERIFY);
        assertThat(forum("corrections")).isEqualTo("12");
        for (long family : List.of(families.get(0), families.get(1), more.get(0), more.get(9))) {
            assertThat(visitOf(family)).as("re-verification of " + family).isWaitingAt(VisitProcess.TASK_VISIT);
        }
        assertThat(visitOf(families.get(2))).isNull();
        assertThat(jdbc.queryForList("select d.reason from sls_signoff_decision d join family f on f.sls_id ="
                + " d.sls_id where f.id = ? and d.step = 'FORUM'", String.class, more.get(1)))
                .anyMatch(r -> r.contains(more.get(1) + ": Meninggal: keterangan forum"));
        // Reported: no file any more.
        HttpResponse<String> late = upload(official, "family_id,reason\n" + families.get(2) + ",ganda\n");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("sudah dilaporkan");
        // The same upload let in just before the forum was reported meets the report inside the forum's lock: refused
        // with the same reason and 409 (it once failed as a server error, 500), recorded as refused.
        var run = importRuns.register(ForumCorrectionUpload.KIND, "koreksi.csv", "32.16", official);
        var raced = ImportAnswers.of(importRuns.execute(run, r -> correctionUpload.upload(new ForumSubject.Forum(
                campaign, village, "32.16"), "koreksi.csv", ("family_id,reason\n" + families.get(2) + ",ganda\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), r)));
        assertThat(raced.getStatusCode().value()).isEqualTo(409);
        assertThat(raced.getBody().state()).isEqualTo("REFUSED");
        assertThat(raced.getBody().failure()).contains("sudah dilaporkan");
        assertThat(jdbc.queryForObject("select state from import_run where id = ?", String.class, run.id()))
                .isEqualTo("REFUSED");
    }

    @Test
    void aBadCorrectionsFileIsRejectedNamingLineAndColumnAndKeepsNothing() throws Exception {
        opened();
        long foreign = jdbc.queryForObject("select min(id) from family where regency_code = '32.16' and sls_id not in"
                + " (select id from sls where village_code = ?)", Long.class, village);
        HttpResponse<String> bad = upload(official, "family_id,reason\n"
                + families.get(0) + ",pindah\n"
                + foreign + ",pindah\n"
                + families.get(1) + ",rumah bagus\n"
                + families.get(0) + ",ganda\n"
                + "abc,pindah\n"
                + families.get(2) + ",ti\u0000dak_miskin\n");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
        var problems = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bad.body()).path("problems");
        List<String> found = new java.util.ArrayList<>();
        problems.forEach(p -> found.add(p.path("line").asInt() + " " + p.path("column").asText()));
        assertThat(found).containsExactly("3 family_id", "4 reason", "5 family_id", "6 family_id", "7 reason");
        assertThat(bad.body()).contains("'" + foreign + "' bukan keluarga berperingkat di desa " + village,
                "alasan 'rumah bagus' tidak dikenal; pakai salah satu: pindah, meninggal, tidak_miskin,"
                        + " miskin_terlewat, ganda", "disebut dua kali (pertama di baris 2)", "NUL");
        assertThat(upload(official, "family_id\n" + families.get(0) + "\n").body())
                .contains("missing column 'reason'");
        assertThat(jdbc.queryForObject("select count(*) from village_forum_correction where campaign_key = ?",
                Integer.class, campaign)).isZero();
        assertThat(forum("corrections")).isEqualTo("0");
        // A later good file replaces an earlier one; an empty one clears it.
        assertThat(upload(official, "family_id,reason\n" + families.get(0) + ",pindah\n" + families.get(1)
                + ",ganda\n").statusCode()).isEqualTo(200);
        assertThat(upload(official, "family_id,reason\n" + families.get(2) + ",meninggal\n").statusCode())
                .isEqualTo(200);
        assertThat(jdbc.queryForList("select family_id from village_forum_correction where campaign_key = ?",
                Long.class, campaign)).containsExactly(families.get(2));
        assertThat(upload(official, "family_id,reason\n").statusCode()).isEqualTo(200);
        assertThat(forum("corrections")).isEqualTo("0");
    }

    @Test
    void onlyTheVillagesOwnOfficialOrTheRegencyAdminUploadsItsCorrections() throws Exception {
        opened();
        String csv = "family_id,reason\n" + families.get(0) + ",pindah\n";
        String other = "desa-lain2-" + village;
        users.ensure(new RegencyUsers.NewUser(other, "Perangkat", "lain", null, "demo", Groups.VILLAGE_OFFICIAL,
                "32.16"));
        jdbc.update("delete from village_official where user_id = ?", other);
        jdbc.update("insert into village_official (user_id, regency_code, village_code) select ?, '32.16', min(code)"
                + " from village where regency_code = '32.16' and code <> ?", other, village);
        assertThat(upload(other, csv).statusCode()).isEqualTo(403);
        for (String who : List.of("ppl1", "koseka1", "manajer", "rekrutmen")) {
            assertThat(upload(who, csv).statusCode()).as(who).isEqualTo(403);
        }
        SecondRegency.ensure(imports, users);
        assertThat(upload(SecondRegency.ADMIN, csv).statusCode()).isEqualTo(404);
        assertThat(as(official).upload("/api/forums/" + campaign + "-x/villages/" + village + "/corrections", "file",
                "k.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from village_forum_correction where campaign_key = ?",
                Integer.class, campaign)).isZero();
        HttpResponse<String> admin = upload("admin", csv);
        assertThat(admin.statusCode()).as("on the village's behalf").isEqualTo(200);

        // The office page: the official picks its open forum, uploads, and alone of the officials reads the run.
        var session = new id.regsosek.support.SessionHttp("http://localhost:" + port, official, "demo");
        assertThat(session.get("/office").body()).contains("id=\"koreksi-desa\"", campaign)
                .doesNotContain("id=\"perangkat-desa\"", "tidak punya pekerjaan kantor");
        HttpResponse<String> started = session.upload("/office/imports/koreksi-desa", java.util.Map.of("campaign",
                campaign), "k.csv", ("family_id,reason\n" + families.get(1) + ",ganda\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String progress = "/" + new com.fasterxml.jackson.databind.ObjectMapper().readTree(started.body())
                .path("progress").asText();
        String state = "RUNNING";
        for (int i = 0; i < 100 && state.equals("RUNNING"); i++) {
            Thread.sleep(100);
            state = new com.fasterxml.jackson.databind.ObjectMapper().readTree(session.get(progress).body())
                    .path("state").asText();
        }
        assertThat(state).isEqualTo("DONE");
        assertThat(jdbc.queryForList("select family_id from village_forum_correction where campaign_key = ?",
                Long.class, campaign)).containsExactly(families.get(1));
        var neighbour = new id.regsosek.support.SessionHttp("http://localhost:" + port, other, "demo");
        assertThat(neighbour.get(progress).statusCode()).isEqualTo(404);
        String id = progress.substring(progress.lastIndexOf('/') + 1);
        assertThat(as(other).get("/api/imports/" + id).statusCode()).isEqualTo(404);
        assertThat(as(official).get("/api/imports/" + id).statusCode()).isEqualTo(200);
        assertThat(as("admin").get("/api/imports/" + id).statusCode()).isEqualTo(200);
        // Another village's forum, even named in the form, is not the official's.
        assertThat(neighbour.upload("/office/imports/koreksi-desa", java.util.Map.of("campaign", campaign), "k.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), true).statusCode()).isIn(403, 404);
    }
}
