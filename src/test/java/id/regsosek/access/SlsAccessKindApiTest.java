package id.regsosek.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.frame.FrameImports;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.support.AppTest;
import id.regsosek.support.Http;
import id.regsosek.support.SecondRegency;
import id.regsosek.visit.VisitFixtures;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Koseka marks an SLS of its district as a closed building (PUT /api/frame/sls/{code}/access): refused for
 * other roles, another district's Koseka, another regency (as if unknown), a bad value, and once approved.
 */
class SlsAccessKindApiTest extends AppTest {

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
        code = unassigned().get(0);
    }

    private List<String> unassigned() {
        return jdbc.queryForList("select code from sls s where district_code = ? and not exists (select 1 from"
                + " sls_assignment a where a.sls_id = s.id) order by id desc", String.class,
                SlsAccessProcessTest.DISTRICT);
    }

    private HttpResponse<String> put(String user, String sls, String value) {
        Http http = new Http("http://localhost:" + port, user, "demo");
        return http.putJson("/api/frame/sls/" + sls + "/access", "{\"access\":\"" + value + "\"}");
    }

    private String stored(String sls) {
        return jdbc.queryForObject("select access_kind from sls where code = ?", String.class, sls);
    }

    @Test
    void theDistrictsKosekaMarksAndClearsItsSls() {
        HttpResponse<String> r = put(SlsAccessProcessTest.KOSEKA, code, "asrama");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"access\":\"ASRAMA\"");
        assertThat(stored(code)).isEqualTo("ASRAMA");
        assertThat(put(SlsAccessProcessTest.KOSEKA, code, "").statusCode()).isEqualTo(200);
        assertThat(stored(code)).isNull();
        // The regency admin may too.
        assertThat(put("admin", code, "PERUMAHAN_TERTUTUP").statusCode()).isEqualTo(200);
        assertThat(stored(code)).isEqualTo("PERUMAHAN_TERTUTUP");
        assertThat(put("admin", code, "").statusCode()).isEqualTo(200);
    }

    @Test
    void otherRolesOtherDistrictsAndOtherRegenciesAreRefusedAndNothingChanges() {
        assertThat(put("ppl1", code, "APARTEMEN").statusCode()).isEqualTo(403);
        assertThat(put("manajer", code, "APARTEMEN").statusCode()).isEqualTo(403);
        // koseka1 coordinates another district (or none): not this SLS's Koseka.
        HttpResponse<String> other = put("koseka1", code, "APARTEMEN");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("bukan di kecamatan Anda");
        // Another regency's admin: answered as an unknown SLS, so codes cannot be probed.
        HttpResponse<String> foreign = put(SecondRegency.ADMIN, code, "APARTEMEN");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(put(SecondRegency.ADMIN, "32.16.99.9999.9999.00", "APARTEMEN").statusCode()).isEqualTo(404);
        assertThat(stored(code)).isNull();
    }

    @Test
    void anUnknownValueIsRefusedInIndonesian() {
        HttpResponse<String> r = put(SlsAccessProcessTest.KOSEKA, code, "GEDUNG");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Jenis akses 'GEDUNG' tidak dikenal").contains("APARTEMEN");
        assertThat(stored(code)).isNull();
    }

    @Test
    void onceTheAssignmentIsApprovedTheMarkIsFixed() {
        String approved = unassigned().get(1);
        long id = jdbc.queryForObject("select id from sls where code = ?", Long.class, approved);
        new VisitFixtures(jdbc, users, "32.16").team("akses-api", id);
        HttpResponse<String> r = put(SlsAccessProcessTest.KOSEKA, approved, "APARTEMEN");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("sudah disetujui");
        assertThat(stored(approved)).isNull();
    }
}
