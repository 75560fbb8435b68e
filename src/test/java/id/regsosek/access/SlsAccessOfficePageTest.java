package id.regsosek.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.frame.FrameImports;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.support.AppTest;
import id.regsosek.support.SecondRegency;
import id.regsosek.support.SessionHttp;
import id.regsosek.visit.VisitFixtures;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The access mark on the office page ("Gedung tertutup"): the Koseka sees its own district's SLS, the regency
 * admin picks a district; saving takes the API's checks, and a refusal is named in Indonesian next to the row.
 */
class SlsAccessOfficePageTest extends AppTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RegencyUsers users;
    @Autowired
    private FrameImports imports;

    private String code;

    @BeforeEach
    void anUnassignedSlsOfTheTestsDistrict() {
        SlsAccessProcessTest.ensureKoseka(jdbc, users);
        SecondRegency.ensure(imports, users);
        code = unassigned().get(2);
    }

    private List<String> unassigned() {
        return jdbc.queryForList("select code from sls s where district_code = ? and not exists (select 1 from"
                + " sls_assignment a where a.sls_id = s.id) order by id desc", String.class,
                SlsAccessProcessTest.DISTRICT);
    }

    private SessionHttp session(String user) {
        return new SessionHttp("http://localhost:" + port, user, "demo");
    }

    private String stored(String sls) {
        return jdbc.queryForObject("select access_kind from sls where code = ?", String.class, sls);
    }

    /** The row of one SLS on the page, from its tr to the next. */
    private static String row(String page, String sls) {
        int at = page.indexOf("id=\"akses-" + sls + "\"");
        assertThat(at).as("row of " + sls).isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }

    @Test
    void theKosekaMarksAnSlsOfItsOwnDistrictOnTheOfficePage() {
        SessionHttp koseka = session(SlsAccessProcessTest.KOSEKA);
        assertThat(koseka.get("/").body()).contains("id=\"office-link\"", "gedung");
        String page = koseka.get("/office").body();
        assertThat(page).contains("id=\"akses-sls\"", "id=\"akses-" + code + "\"", "Perumahan tertutup")
                .doesNotContain("id=\"akses-32.16.01.").doesNotContain("id=\"akses-district\"");
        HttpResponse<String> saved = koseka.postForm("/office/access", Map.of("code", code, "access",
                "APARTEMEN"), true);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(stored(code)).isEqualTo("APARTEMEN");
        String after = koseka.get(saved.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "")).body();
        assertThat(row(after, code)).contains("value=\"APARTEMEN\" selected", "Tersimpan.");
        assertThat(koseka.postForm("/office/access", Map.of("code", code, "access", ""), true).statusCode())
                .isEqualTo(302);
        assertThat(stored(code)).isNull();
    }

    @Test
    void refusalsAreNamedNextToTheRowAndNothingChanges() {
        SessionHttp koseka = session(SlsAccessProcessTest.KOSEKA);
        koseka.get("/office");
        HttpResponse<String> bad = koseka.postForm("/office/access", Map.of("code", code, "access", "GEDUNG"), true);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(row(bad.body(), code)).contains("class=\"error\"", "Jenis akses &#39;GEDUNG&#39; tidak dikenal");
        assertThat(stored(code)).isNull();
        // Once the assignment is approved the select is fixed, and a forged post is refused on that row.
        String approved = unassigned().get(3);
        new VisitFixtures(jdbc, users, "32.16").team("akses-office",
                jdbc.queryForObject("select id from sls where code = ?", Long.class, approved));
        assertThat(row(koseka.get("/office").body(), approved)).contains("disabled", "tidak bisa diubah");
        HttpResponse<String> fixed = koseka.postForm("/office/access", Map.of("code", approved, "access",
                "ASRAMA"), true);
        assertThat(fixed.statusCode()).isEqualTo(409);
        assertThat(row(fixed.body(), approved)).contains("sudah disetujui");
        assertThat(stored(approved)).isNull();
        // Another district's SLS: refused, said above the table (it has no row here).
        String elsewhere = jdbc.queryForObject("select code from sls where district_code = '32.16.01' order by id"
                + " fetch first 1 rows only", String.class);
        HttpResponse<String> other = koseka.postForm("/office/access", Map.of("code", elsewhere, "access",
                "ASRAMA"), true);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("id=\"akses-error\"", "bukan di kecamatan Anda");
        assertThat(koseka.postForm("/office/access", Map.of("code", code, "access", "ASRAMA"), false)
                .statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(stored(code)).isNull();
    }

    @Test
    void theAdminPicksADistrictOtherRolesAndRegenciesAreRefused() {
        SessionHttp admin = session("admin");
        assertThat(admin.get("/office").body()).contains("id=\"akses-district\"").doesNotContain("id=\"akses-sls\"");
        String page = admin.get("/office?district=" + SlsAccessProcessTest.DISTRICT).body();
        assertThat(page).contains("id=\"akses-" + code + "\"");
        HttpResponse<String> saved = admin.postForm("/office/access", Map.of("code", code, "access",
                "PERUMAHAN_TERTUTUP", "district", SlsAccessProcessTest.DISTRICT), true);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse("")).contains("district=32.16.19", "#akses");
        assertThat(stored(code)).isEqualTo("PERUMAHAN_TERTUTUP");
        assertThat(admin.postForm("/office/access", Map.of("code", code, "access", ""), true).statusCode())
                .isEqualTo(302);
        assertThat(stored(code)).isNull();

        SessionHttp ppl = session("ppl1");
        assertThat(ppl.get("/office").body()).doesNotContain("id=\"akses\"");
        assertThat(ppl.postForm("/office/access", Map.of("code", code, "access", "ASRAMA"), true).statusCode())
                .isEqualTo(403);
        SessionHttp foreign = session(SecondRegency.ADMIN);
        foreign.get("/office");
        HttpResponse<String> unknown = foreign.postForm("/office/access", Map.of("code", code, "access", "ASRAMA"),
                true);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("tidak ada di wilayah Anda");
        assertThat(stored(code)).isNull();
    }
}
