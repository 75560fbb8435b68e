package id.regsosek.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.dashboard.DashboardRefresher;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.support.AppTest;
import id.regsosek.support.Http;
import id.regsosek.support.SecondRegency;
import id.regsosek.support.SessionHttp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The office page and the officer page over HTTP as a browser uses them (session login, CSRF token), and the
 * async paths of every import over the API: each role and regency gets only its own, bad input answers 400, 403,
 * 404 or 422 with a message, never 500.
 */
class OfficeTest extends AppTest {

    static final String HEADER = "registration_no,nik,name,birth_date,sex,education,phone,email,district_code,"
            + "village_code,bps_experience,role_applied\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegencyUsers users;
    @Autowired
    FrameImports imports;
    @Autowired
    DashboardRefresher refresher;

    private final String campaign = "32.16-O" + UUID.randomUUID().toString().substring(0, 6);

    /** Kota Banjar (32.79), a regency of its own whose period only this test moves (others close 32.77's). */
    static final String OWN_REGENCY = "32.79";
    static final String OWN_ADMIN = "admin79";

    @BeforeEach
    void regencies() {
        SecondRegency.ensure(imports, users);
        var frame = imports.importArea(OWN_REGENCY, new id.regsosek.frame.AreaFiles(
                "code,province_code,name\n32.79,32,Kota Banjar\n".getBytes(StandardCharsets.UTF_8),
                "code,regency_code,name\n32.79.01,32.79,Banjar\n".getBytes(StandardCharsets.UTF_8),
                "code,district_code,name\n32.79.01.1001,32.79.01,Banjar\n".getBytes(StandardCharsets.UTF_8)), "test");
        assertThat(frame.state()).as(String.valueOf(frame.problems())).isEqualTo("DONE");
        users.ensure(new RegencyUsers.NewUser(OWN_ADMIN, "Admin", "Kota Banjar", null, "demo",
                id.regsosek.identity.Groups.REGENCY_ADMIN, OWN_REGENCY));
    }

    static String candidate(String reg, String nik) {
        return reg + "," + nik + ",Calon Uji,1990-05-12,L,SMA,081234567890," + reg.toLowerCase()
                + "@contoh.id,32.16.01,32.16.01.2001,tidak,PPL\n";
    }

    private SessionHttp session(String user) {
        return new SessionHttp("http://localhost:" + port, user, "demo");
    }

    @Test
    void eachRoleSeesItsOwnWorkAndTheHomePageLinksIt() {
        SessionHttp admin = session("admin");
        assertThat(admin.get("/").body()).contains("id=\"office-link\"").doesNotContain("my-areas-link");
        assertThat(admin.get("/office").body()).contains("id=\"pendaftar\"", "id=\"nilai-tes\"", "id=\"prelist\"",
                "id=\"koreksi-forum\"", "id=\"periode\"");
        SessionHttp staff = session("rekrutmen");
        assertThat(staff.get("/").body()).contains("id=\"office-link\"");
        assertThat(staff.get("/office").body()).contains("id=\"pendaftar\"", "id=\"nilai-tes\"")
                .doesNotContain("id=\"prelist\"", "id=\"periode\"");
        SessionHttp ppl = session("ppl1");
        assertThat(ppl.get("/").body()).contains("id=\"my-areas-link\"").doesNotContain("office-link");
        assertThat(ppl.get("/office").body()).contains("id=\"my-areas-link\"").doesNotContain("data-import");
        String mine = ppl.get("/assignment/my").body();
        assertThat(mine).contains("Wilayah dan keluarga saya", "Keluarga Demo 1", "RT 001 RW 001 No. 1",
                "Kerjakan: Kunjungi keluarga", "#/?task=");
        assertThat(session("koseka1").get("/office").body()).contains("id=\"akses\"")
                .doesNotContain("tidak punya pekerjaan kantor", "data-import");
        assertThat(admin.get("/assignment/my").statusCode()).isEqualTo(403);
    }

    @Test
    void anUploadRunsInTheBackgroundAndItsLineProblemsAreReadAtItsProgressUrl() throws Exception {
        SessionHttp staff = session("rekrutmen");
        staff.get("/office");
        String bad = HEADER + candidate("O1", "3216011205900001") + candidate("O2", "32160112059");
        HttpResponse<String> started = staff.upload("/office/imports/pendaftar", Map.of("campaign", campaign),
                "pendaftar.csv", bad.getBytes(StandardCharsets.UTF_8), true);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode run = finished(staff, JSON.readTree(started.body()).path("progress").asText());
        assertThat(run.path("state").asText()).isEqualTo("REJECTED");
        JsonNode problem = run.path("problems").get(0);
        assertThat(problem.path("line").asInt()).isEqualTo(3);
        assertThat(problem.path("column").asText()).isEqualTo("nik");
        String id = run.path("id").asText();
        // Of another regency, or not a role that uploads: not there, or not allowed.
        assertThat(session(SecondRegency.ADMIN).get("/office/imports/" + id).statusCode()).isEqualTo(404);
        assertThat(session("ppl1").get("/office/imports/" + id).statusCode()).isEqualTo(403);

        String good = HEADER + candidate("O1", "3216011205900001") + candidate("O2", "3216011205900002");
        // Without a script the form posts as it is and the page shows the outcome.
        HttpResponse<String> plain = staff.upload("/office/imports/pendaftar", Map.of("campaign", campaign),
                "pendaftar.csv", good.getBytes(StandardCharsets.UTF_8), true);
        JsonNode done = finished(staff, JSON.readTree(plain.body()).path("progress").asText());
        assertThat(done.path("state").asText()).isEqualTo("DONE");
        assertThat(done.path("inserted").asInt()).isEqualTo(2);
        assertThat(staff.get("/office?import=" + done.path("id").asText()).body())
                .contains("Selesai: 2 baris dibaca, 2 baru");
        assertThat(jdbc.queryForObject("select count(*) from officer_candidate where campaign_key = ?",
                Integer.class, campaign)).isEqualTo(2);
    }

    @Test
    void uploadsRefuseOtherRolesRegenciesAndBadFieldsWithAMessage() throws Exception {
        byte[] file = (HEADER + candidate("Q1", "3216011205900001")).getBytes(StandardCharsets.UTF_8);
        for (String user : List.of("ppl1", "koseka1", "manajer", "instruktur1")) {
            assertThat(session(user).upload("/office/imports/pendaftar", Map.of("campaign", campaign),
                    "p.csv", file, true).statusCode()).as(user).isEqualTo(403);
        }
        SessionHttp staff = session("rekrutmen");
        assertThat(staff.upload("/office/imports/prelist", Map.of(), "p.csv", file, true).statusCode())
                .isEqualTo(403);
        assertThat(staff.upload("/office/imports/koreksi-forum", Map.of(), "p.csv", file, true).statusCode())
                .isEqualTo(403);
        HttpResponse<String> unknown = staff.upload("/office/imports/apa-saja", Map.of(), "p.csv", file, true);
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
        HttpResponse<String> noFile = staff.upload("/office/imports/pendaftar", Map.of("campaign", campaign), null,
                null, true);
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(message(noFile)).contains("Pilih berkas CSV");
        for (String bad : List.of("32.75-2022", "", "32.16-20\u000022", "32.16-" + "x".repeat(100_000))) {
            HttpResponse<String> answer = staff.upload("/office/imports/nilai-tes", Map.of("campaign", bad), "n.csv",
                    "registration_no,test_score\nQ1,70\n".getBytes(StandardCharsets.UTF_8), true);
            assertThat(answer.statusCode()).as(bad.length() > 30 ? "huge" : bad).isEqualTo(400);
            assertThat(message(answer)).contains("Kode kegiatan").doesNotContain("\u0000");
            assertThat(answer.body().length()).isLessThan(1_000);
        }
        assertThat(session("rekrutmen").upload("/office/imports/pendaftar", Map.of("campaign", campaign), "p.csv",
                file, false).statusCode()).as("no CSRF token").isEqualTo(403);
        SessionHttp admin = session("admin");
        assertThat(admin.upload("/office/imports/prelist", Map.of("district", "32.75.01"), "p.csv", file, true)
                .statusCode()).isEqualTo(403);
        assertThat(admin.upload("/office/imports/prelist", Map.of("district", "Babelan"), "p.csv", file, true)
                .statusCode()).isEqualTo(400);
        // A file that is no CSV at all (NUL bytes) is an import rejected line by line, not a server error.
        HttpResponse<String> nul = admin.upload("/office/imports/koreksi-forum", Map.of(), "k.csv",
                "family_id,reason\n1,\u0000\u0000\n".getBytes(StandardCharsets.UTF_8), true);
        assertThat(nul.statusCode()).as(nul.body()).isEqualTo(202);
        assertThat(finished(admin, JSON.readTree(nul.body()).path("progress").asText()).path("state").asText())
                .isEqualTo("REJECTED");
    }

    @Test
    void theRegencyAdminMovesThePeriodEndAndEveryBadMoveIsNamed() {
        SessionHttp admin = session(OWN_ADMIN);
        admin.get("/office");
        LocalDate end = LocalDate.now().plusDays(40);
        assertThat(session("rekrutmen").postForm("/office/period", Map.of("end", end.toString()), true)
                .statusCode()).isEqualTo(403);
        assertThat(admin.postForm("/office/period", Map.of("end", end.toString()), false).statusCode())
                .as("no CSRF token").isEqualTo(403);
        String[][] bad = {{"besok", "bukan tanggal"}, {"", "wajib diisi"},
                {LocalDate.now().minusDays(1).toString(), "sudah lewat"}};
        for (String[] b : bad) {
            HttpResponse<String> answer = admin.postForm("/office/period", Map.of("end", b[0], "reason", "uji"), true);
            assertThat(answer.statusCode()).as(b[0]).isEqualTo(422);
            assertThat(answer.body()).contains("id=\"period-error\"").contains(b[1]);
        }
        HttpResponse<String> nul = admin.postForm("/office/period", Map.of("end", end.toString(), "reason",
                "banjir\u0000"), true);
        assertThat(nul.statusCode()).isEqualTo(422);
        assertThat(nul.body()).contains("karakter kontrol");
        HttpResponse<String> huge = admin.postForm("/office/period", Map.of("end", end.toString(), "reason",
                "a".repeat(100_000)), true);
        assertThat(huge.statusCode()).isIn(400, 422);
        HttpResponse<String> moved = admin.postForm("/office/period", Map.of("end", end.toString(), "reason",
                "Perpanjangan uji"), true);
        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(moved.headers().firstValue("Location").orElse("")).contains("/office?moved=1");
        String page = admin.get("/office?moved=1").body();
        assertThat(page).contains("id=\"period-moved\"", end.toString(), "Perpanjangan uji");
        assertThat(jdbc.queryForObject("select period_end from enumeration_period where regency_code = ?",
                java.sql.Date.class, OWN_REGENCY).toLocalDate()).isEqualTo(end);
    }

    @Test
    void everyImportKindHasAnAsyncPathOverTheApi() throws Exception {
        String scores = "registration_no,test_score\nNOBODY-" + UUID.randomUUID() + ",70\n";
        String[][] paths = {
                {"rekrutmen", "/api/recruitment/campaigns/" + campaign + "/test-scores?async=true", scores},
                {"admin", "/api/assignment/prelist?async=true", "sls_code,kk_number,head_name,address,building_no,"
                        + "member_count\n32.75.01.2001.0001.00,3216010101010001,Budi,Jl. A,1,3\n"},
                {"admin", "/api/ranking/corrections?async=true", "family_id,reason\n999999999,salah\n"}};
        for (String[] p : paths) {
            HttpResponse<String> started = http(p[0]).upload(p[1], "file", "f.csv",
                    p[2].getBytes(StandardCharsets.UTF_8));
            assertThat(started.statusCode()).as(p[1] + started.body()).isEqualTo(202);
            String location = started.headers().firstValue("Location").orElseThrow();
            JsonNode run = finishedApi(p[0], location);
            assertThat(run.path("state").asText()).as(p[1]).isEqualTo("REJECTED");
            assertThat(run.path("problems").get(0).path("line").asInt()).isEqualTo(2);
            String id = run.path("id").asText();
            assertThat(new Http("http://localhost:" + port, SecondRegency.ADMIN, "demo").get("/api/imports/" + id)
                    .statusCode()).isEqualTo(404);
            assertThat(http("ppl1").upload(p[1], "file", "f.csv", p[2].getBytes(StandardCharsets.UTF_8))
                    .statusCode()).isEqualTo(403);
        }
        HttpResponse<String> area = http("admin").upload("/api/frame/import/area?async=true", Map.of(
                "regencies", Map.entry("r.csv", "code,province_code,name\n32.16,32,Kabupaten Bekasi\n".getBytes()),
                "districts", Map.entry("d.csv", "code,regency_code,name\n32.16.99,32.16\n".getBytes()),
                "villages", Map.entry("v.csv", "code,district_code,name\n".getBytes())));
        assertThat(area.statusCode()).as(area.body()).isEqualTo(202);
        assertThat(finishedApi("admin", area.headers().firstValue("Location").orElseThrow()).path("state").asText())
                .isEqualTo("REJECTED");
    }

    @Test
    void theFunnelFollowsTheRegencysOwnCampaigns() throws Exception {
        String other = "32.16-F" + UUID.randomUUID().toString().substring(0, 6);
        jdbc.update("insert into officer_candidate (regency_code, campaign_key, registration_no, nik, name,"
                + " birth_date, sex, education, email, district_code, has_experience, role_applied, status)"
                + " values ('32.16', ?, 'F-1', '3216011205900001', 'Calon', DATE '1990-05-12', 'L', 'SMA',"
                + " 'f@contoh.id', '32.16.02', false, 'PPL', 'REGISTERED')", other);
        refresher.refresh("32.16");
        List<String> keys = new ArrayList<>();
        JSON.readTree(http("manajer").get("/api/dashboard/funnel/campaigns").body())
                .forEach(c -> keys.add(c.path("key").asText() + "|" + c.path("label").asText()));
        assertThat(keys).contains(other + "|" + other + " (tanpa proses kegiatan, 1 pendaftar)");
        JsonNode rows = JSON.readTree(http("admin").get("/api/dashboard/funnel?campaign=" + other).body());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).path("districtCode").asText()).isEqualTo("32.16.02");
        assertThat(rows.get(0).path("registered").asInt()).isEqualTo(1);
        assertThat(http("admin").get("/api/dashboard/funnel.csv?campaign=" + other).body()).contains("32.16.02");
        assertThat(new Http("http://localhost:" + port, SecondRegency.ADMIN, "demo")
                .get("/api/dashboard/funnel/campaigns").body()).doesNotContain(other);
        assertThat(JSON.readTree(new Http("http://localhost:" + port, SecondRegency.ADMIN, "demo")
                .get("/api/dashboard/funnel?campaign=" + other).body())).isEmpty();
        assertThat(http("ppl1").get("/api/dashboard/funnel/campaigns").statusCode()).isEqualTo(403);
        assertThat(http("admin").get("/api/dashboard/funnel?campaign=%00" + "x".repeat(5000)).statusCode())
                .isIn(200, 400);
    }

    private JsonNode finished(SessionHttp session, String progress) throws Exception {
        return poll(() -> session.get("/" + progress));
    }

    private JsonNode finishedApi(String user, String location) throws Exception {
        return poll(() -> http(user).get(location));
    }

    private static JsonNode poll(java.util.function.Supplier<HttpResponse<String>> read) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            HttpResponse<String> answer = read.get();
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode run = JSON.readTree(answer.body());
            if (!"RUNNING".equals(run.path("state").asText()) || System.currentTimeMillis() > until) {
                return run;
            }
            Thread.sleep(100);
        }
    }

    private static String message(HttpResponse<String> answer) throws Exception {
        return JSON.readTree(answer.body()).path("message").asText();
    }
}
