package id.regsosek.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.support.AppTest;
import id.regsosek.support.Http;
import id.regsosek.support.SecondRegency;
import id.regsosek.support.SessionHttp;
import id.regsosek.support.WebappSession;
import id.regsosek.visit.VisitFixtures;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The regency admin's bulk import of village officials (POST /api/forums/officials and the office page's upload),
 * in Bekasi's district Cibarusah (32.16.23), which no other test works in: a good file makes logins bound to their
 * villages whose first passwords go out by mail and nowhere else; every bad row is named by line and column and
 * nothing is written; only the regency admin may import; two uploads of one file at once make each login once; and
 * a login made this way sees its own village's forum and nothing of another village.
 */
@ExtendWith(OutputCaptureExtension.class)
class VillageOfficialImportTest extends AppTest {

    private static final String DISTRICT = "32.16.23";
    private static final String HEADER = "username,full_name,email,phone,village_code\n";
    private static final AtomicInteger RUN = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private IdentityService identity;
    @Autowired
    private RegencyUsers users;
    @Autowired
    private FrameImports imports;
    @Autowired
    private ProcessEngine engine;
    @Autowired
    private ForumStarter starter;

    private String tag;
    private List<String> villages;

    @BeforeEach
    void twoVillagesOfTheDistrict() {
        tag = "t" + System.nanoTime() % 100000 + RUN.incrementAndGet();
        villages = jdbc.queryForList("select code from village where district_code = ? order by code", String.class,
                DISTRICT);
        assertThat(villages).hasSizeGreaterThanOrEqualTo(3);
    }

    private String user(String name) {
        return "pd-" + tag + "-" + name;
    }

    private HttpResponse<String> importAs(String who, String csv) {
        return http(who).upload("/api/forums/officials", "file", "perangkat.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private String mailedPassword(String userId) {
        List<String> bodies = jdbc.queryForList("select body from mail_outbox where template = ? and reference = ?",
                String.class, OfficialAccounts.MAIL, userId);
        assertThat(bodies).as("first-login mails of " + userId).hasSize(1);
        Matcher m = Pattern.compile("Kata sandi awal: (\\S+)").matcher(bodies.get(0));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void aGoodFileMakesLoginsBoundToTheirVillagesAndMailsTheirFirstPasswordsOnly(CapturedOutput output) {
        String csv = HEADER + user("a") + ",Siti Aminah,siti." + tag + "@desa.example,0812-3456-7890," + villages.get(0)
                + "\n" + user("b") + ",Joko,joko." + tag + "@desa.example,," + villages.get(1) + "\n";
        HttpResponse<String> done = importAs("admin", csv);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains("\"state\":\"DONE\"", "\"inserted\":2");
        for (int i = 0; i < 2; i++) {
            String id = user(i == 0 ? "a" : "b");
            assertThat(identity.createUserQuery().userId(id).memberOfGroup(Groups.VILLAGE_OFFICIAL)
                    .memberOfTenant("32.16").count()).isEqualTo(1);
            assertThat(identity.createGroupQuery().groupMember(id).count()).as("one role only").isEqualTo(1);
            assertThat(jdbc.queryForObject("select village_code from village_official where user_id = ?",
                    String.class, id)).isEqualTo(villages.get(i));
        }
        assertThat(identity.createUserQuery().userId(user("a")).singleResult().getLastName()).isEqualTo("Aminah");
        assertThat(jdbc.queryForObject("select phone from village_official where user_id = ?", String.class,
                user("a"))).isEqualTo("081234567890");
        // The password reaches the official's mail; staff reading the outbox see it hidden; the logs never see it.
        String password = mailedPassword(user("a"));
        assertThat(jdbc.queryForObject("select shown_body from mail_outbox where template = ? and reference = ?",
                String.class, OfficialAccounts.MAIL, user("a"))).contains("[disembunyikan]").doesNotContain(password);
        assertThat(identity.checkPassword(user("a"), password)).isTrue();
        assertThat(output.getAll()).doesNotContain(password).doesNotContain("081234567890")
                .doesNotContain("0812-3456-7890");

        // The same file again changes nothing and mails nothing; a changed row updates, its password stays.
        HttpResponse<String> again = importAs("admin", csv);
        assertThat(again.body()).contains("\"state\":\"DONE\"", "\"inserted\":0", "\"unchanged\":2");
        HttpResponse<String> moved = importAs("admin", HEADER + user("a") + ",Siti Aminah,siti." + tag
                + "@desa.example,0812-3456-7890," + villages.get(2) + "\n");
        assertThat(moved.body()).contains("\"updated\":1");
        assertThat(jdbc.queryForObject("select village_code from village_official where user_id = ?", String.class,
                user("a"))).isEqualTo(villages.get(2));
        assertThat(identity.checkPassword(user("a"), password)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where template = ? and reference = ?",
                Integer.class, OfficialAccounts.MAIL, user("a"))).isEqualTo(1);
    }

    @Test
    void everyBadRowIsNamedByLineAndColumnAndNothingIsWritten() throws Exception {
        SecondRegency.ensure(imports, users);
        String v = villages.get(0);
        String csv = HEADER
                + user("ok") + ",Baik,ok@desa.example,," + v + "\n"                       // 2: fine on its own
                + user("x") + ",Desa Asing,x@desa.example,,32.16.23.9999\n"                // 3: unknown village
                + user("y") + ",Desa Lain,y@desa.example,,32.75.01.1001\n"                 // 4: another regency
                + user("ok") + ",Lagi,ok2@desa.example,," + v + "\n"                      // 5: twice in the file
                + "ppl1,PPL,ppl@desa.example,," + v + "\n"                                 // 6: another role's login
                + user("z") + ",Zainal,bukan-email,," + v + "\n"                          // 7: mail address
                + user("w") + ",Wati,w@desa.example,08-12ab99," + v + "\n"                // 8: phone
                + "Budi Besar,Budi,b@desa.example,," + v + "\n"                            // 9: login name
                + user("n") + ",,n@desa.example,," + v + "\n";                            // 10: no name
        HttpResponse<String> answer = importAs("admin", csv);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        JsonNode problems = JSON.readTree(answer.body()).path("problems");
        List<String> found = new ArrayList<>();
        problems.forEach(p -> found.add(p.path("line").asInt() + " " + p.path("column").asText()));
        assertThat(found).containsExactly("3 village_code", "4 village_code", "5 username", "6 username",
                "7 email", "8 phone", "9 username", "10 full_name");
        assertThat(answer.body()).contains("desa 32.16.23.9999 tidak dikenal",
                "desa 32.75.01.1001 ada di kabupaten/kota lain (32.75)", "sudah ada di baris 2",
                "nama pengguna ppl1 sudah dipakai pengguna dengan peran lain", "nomor telepon tidak sah")
                .doesNotContain("08-12ab99");
        assertThat(identity.createUserQuery().userId(user("ok")).count()).as("nothing written").isZero();
        assertThat(identity.createGroupQuery().groupMember("ppl1").list()).extracting("id").containsExactly(
                Groups.PPL);
        assertThat(jdbc.queryForObject("select count(*) from village_official where user_id like ?", Integer.class,
                "pd-" + tag + "-%")).isZero();

        // A village official of another regency keeps its name there.
        users.ensure(new RegencyUsers.NewUser(user("lain"), "Lain", "Desa", null, "demo", Groups.VILLAGE_OFFICIAL,
                SecondRegency.CODE));
        assertThat(importAs("admin", HEADER + user("lain") + ",Lain,l@desa.example,," + v + "\n").body())
                .contains("sudah dipakai perangkat desa kabupaten/kota lain");

        // Whole-file faults: a missing column, a NUL byte, not UTF-8 text, too big, nothing at all.
        assertThat(importAs("admin", "username,full_name,email\n" + user("m") + ",M,m@desa.example\n").body())
                .contains("\"state\":\"REJECTED\"", "missing column 'village_code'");
        HttpResponse<String> nul = importAs("admin", HEADER + user("q") + ",Nu\u0000l,q@desa.example,," + v + "\n");
        assertThat(nul.statusCode()).isEqualTo(422);
        assertThat(nul.body()).contains("\"line\":2", "\"column\":\"full_name\"", "NUL");
        HttpResponse<String> wide = http("admin").upload("/api/forums/officials", "file", "p.csv",
                (HEADER + user("u") + ",U,u@desa.example,," + v + "\n").getBytes(StandardCharsets.UTF_16));
        assertThat(wide.statusCode()).isEqualTo(422);
        assertThat(wide.body()).contains("wrong encoding");
        byte[] huge = new byte[OfficialImport.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        HttpResponse<String> big = http("admin").upload("/api/forums/officials", "file", "p.csv", huge);
        assertThat(big.statusCode()).isEqualTo(422);
        assertThat(big.body()).contains("berkas terlalu besar").hasSizeLessThan(2_000);
        assertThat(importAs("admin", "").body()).contains("\"state\":\"REJECTED\"", "the file is empty");
        assertThat(identity.createUserQuery().userIdIn(user("m"), user("q"), user("u")).count()).isZero();
    }

    @Test
    void onlyTheRegencyAdminImportsOfficialsAndNobodyMakesLoginsThroughTheEngine() {
        SecondRegency.ensure(imports, users);
        String csv = HEADER + user("r") + ",Rudi,r@desa.example,," + villages.get(0) + "\n";
        for (String who : List.of("ppl1", "pml1", "koseka1", "rekrutmen", "manajer", "instruktur1", "desa1")) {
            assertThat(importAs(who, csv).statusCode()).as(who).isEqualTo(403);
        }
        // Another regency's admin: Bekasi's villages are not its own.
        HttpResponse<String> foreign = importAs(SecondRegency.ADMIN, csv);
        assertThat(foreign.statusCode()).isEqualTo(422);
        assertThat(foreign.body()).contains("ada di kabupaten/kota lain (32.16), bukan wilayah Anda (32.75)");
        assertThat(identity.createUserQuery().userId(user("r")).count()).isZero();
        // The office page's upload is the regency admin's only too.
        assertThat(new SessionHttp("http://localhost:" + port, "rekrutmen", "demo").upload(
                "/office/imports/perangkat-desa", Map.of(), "p.csv", csv.getBytes(StandardCharsets.UTF_8), true)
                .statusCode()).isEqualTo(403);
        // The engine's own user and membership API stays closed to everyone but the system administrator.
        String user = "{\"profile\":{\"id\":\"" + user("e") + "\",\"firstName\":\"E\",\"lastName\":\"E\","
                + "\"email\":\"e@desa.example\"},\"credentials\":{\"password\":\"rahasia-123\"}}";
        for (String who : List.of("admin", "desa1")) {
            assertThat(http(who).postJson("/engine-rest/user/create", user).statusCode()).as(who).isEqualTo(403);
            assertThat(http(who).send("PUT", "/engine-rest/group/" + Groups.VILLAGE_OFFICIAL + "/members/ppl1")
                    .statusCode()).as(who).isEqualTo(403);
            WebappSession webapp = WebappSession.login(port, who, "demo");
            assertThat(webapp.postJson(WebappSession.ENGINE + "/user/create", user).statusCode()).as(who)
                    .isEqualTo(403);
        }
        assertThat(identity.createUserQuery().userId(user("e")).count()).isZero();
        assertThat(identity.createGroupQuery().groupMember("ppl1").groupId(Groups.VILLAGE_OFFICIAL).count()).isZero();
    }

    @Test
    void twoUploadsOfOneFileAtOnceMakeEachLoginOnce() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 5; i++) {
            csv.append(user("c" + i)).append(",Perangkat ").append(i).append(",c").append(i).append('.').append(tag)
                    .append("@desa.example,,").append(villages.get(i % villages.size())).append('\n');
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(pool.submit((Callable<HttpResponse<String>>) () -> importAs("admin", csv.toString())));
        }
        int inserted = 0;
        for (Future<HttpResponse<String>> f : answers) {
            HttpResponse<String> a = f.get();
            assertThat(a.statusCode()).as(a.body()).isEqualTo(200);
            inserted += JSON.readTree(a.body()).path("inserted").asInt();
        }
        pool.shutdown();
        assertThat(inserted).as("logins made over all uploads").isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(identity.createUserQuery().userId(user("c" + i)).count()).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from village_official where user_id = ?", Integer.class,
                    user("c" + i))).isEqualTo(1);
            mailedPassword(user("c" + i));
        }
    }

    @Test
    void theOfficePageImportsAndShowsTheRunsProblems() throws Exception {
        SessionHttp admin = new SessionHttp("http://localhost:" + port, "admin", "demo");
        assertThat(admin.get("/office").body()).contains("id=\"perangkat-desa\"");
        String bad = HEADER + user("o") + ",Oni,o@desa.example,,32.16.23.9999\n";
        JsonNode rejected = finished(admin, admin.upload("/office/imports/perangkat-desa", Map.of(), "p.csv",
                bad.getBytes(StandardCharsets.UTF_8), true));
        assertThat(rejected.path("state").asText()).isEqualTo("REJECTED");
        assertThat(rejected.path("problems").get(0).path("line").asInt()).isEqualTo(2);
        assertThat(rejected.path("problems").get(0).path("column").asText()).isEqualTo("village_code");
        assertThat(admin.get("/office?import=" + rejected.path("id").asText()).body())
                .contains("Ditolak: 1 masalah", "desa 32.16.23.9999 tidak dikenal");
        String good = HEADER + user("o") + ",Oni,o@desa.example,," + villages.get(0) + "\n";
        JsonNode done = finished(admin, admin.upload("/office/imports/perangkat-desa", Map.of(), "p.csv",
                good.getBytes(StandardCharsets.UTF_8), true));
        assertThat(done.path("state").asText()).isEqualTo("DONE");
        assertThat(done.path("inserted").asInt()).isEqualTo(1);
        assertThat(identity.createUserQuery().userId(user("o")).memberOfGroup(Groups.VILLAGE_OFFICIAL).count())
                .isEqualTo(1);
    }

    private JsonNode finished(SessionHttp session, HttpResponse<String> started) throws Exception {
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String progress = "/" + JSON.readTree(started.body()).path("progress").asText();
        for (int i = 0; i < 100; i++) {
            JsonNode run = JSON.readTree(session.get(progress).body());
            if (!"RUNNING".equals(run.path("state").asText())) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import still running: " + progress);
    }

    @Test
    void anImportedOfficialLogsInAndSeesOnlyItsOwnVillagesForum() {
        BpmnAwareTests.init(engine);
        String village = villages.get(0);
        String campaign = "32.16-PD" + tag;
        long slsId = jdbc.queryForObject("select id from sls s where village_code = ? and not exists (select 1 from"
                + " sls_assignment a where a.sls_id = s.id) order by id fetch first 1 rows only", Long.class, village);
        VisitFixtures fixtures = new VisitFixtures(jdbc, users, "32.16");
        List<Long> families = fixtures.families(fixtures.team("pd", slsId), 2);
        for (int i = 0; i < families.size(); i++) {
            jdbc.update("update family set result_code = 1, final_at = ? where id = ?", Timestamp.from(Instant.now()),
                    families.get(i));
            jdbc.update("insert into family_rank (family_id, regency_code, campaign_key, score, welfare_rank, decile)"
                    + " values (?, '32.16', ?, ?, ?, ?)", families.get(i), campaign, i * 1.0, i + 1, i + 1);
        }
        // The forum opens before the village has an official: nobody holds its task yet.
        jdbc.update("delete from village_official where village_code = ?", village);
        assertThat(starter.startForCampaign("32.16", campaign)).isEqualTo(1);
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(ForumSubject.key(campaign, village)).singleResult();
        assertThat(task(pi).getAssignee()).isNull();

        String own = user("own");
        String other = user("other");
        HttpResponse<String> done = importAs("admin", HEADER + own + ",Kepala Desa," + own + "@desa.example,,"
                + village + "\n" + other + ",Sekretaris Desa," + other + "@desa.example,," + villages.get(1) + "\n");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(task(pi)).as("the village's forum goes to its new official").isAssignedTo(own);

        Http official = new Http("http://localhost:" + port, own, mailedPassword(own));
        Http neighbour = new Http("http://localhost:" + port, other, mailedPassword(other));
        String taskId = task(pi).getId();
        HttpResponse<String> tasks = official.get("/engine-rest/task?processDefinitionKey=" + VillageForumProcess.KEY);
        assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
        assertThat(tasks.body()).contains(taskId);
        assertThat(official.get("/engine-rest/task/" + taskId).statusCode()).isEqualTo(200);
        String list = "/api/forums/" + campaign + "/villages/" + village + "/list.csv";
        HttpResponse<String> csv = official.get(list);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines()).hasSize(3);
        // The other village's official: neither the task nor the list.
        assertThat(neighbour.get("/engine-rest/task?processDefinitionKey=" + VillageForumProcess.KEY).body())
                .doesNotContain(taskId);
        assertThat(neighbour.get("/engine-rest/task/" + taskId).statusCode()).isIn(403, 404);
        assertThat(neighbour.get(list).statusCode()).isEqualTo(403);
        assertThat(official.get("/api/forums/" + campaign).statusCode()).as("the admin's overview").isEqualTo(403);
    }
}
