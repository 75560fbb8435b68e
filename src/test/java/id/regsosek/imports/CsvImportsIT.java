package id.regsosek.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.frame.AreaFiles;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.support.Http;
import id.regsosek.support.PostgresTest;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL, which refuses NUL in text and where the issue saw 500s with SQL in the answer: a NUL byte is a
 * line error before any statement runs, and a registration number used in two campaigns updates within its own.
 */
class CsvImportsIT extends PostgresTest {

    private static final String ADMIN = "admin-csv-pg";
    private static final String STAFF = "rekrutmen-csv-pg";
    private static final String PASSWORD = "rahasia-csv";
    private static final String CANDIDATES = "registration_no,nik,name,birth_date,sex,education,phone,email,"
            + "district_code,village_code,bps_experience,role_applied\n";

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private FrameImports imports;
    @Autowired
    private RegencyUsers users;
    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void bekasiFrameAndItsStaff() throws Exception {
        AreaFiles bekasi = new AreaFiles(resource("demo/idn-area/regencies.csv"),
                resource("demo/idn-area/districts.csv"), resource("demo/idn-area/villages.csv"));
        assertThat(imports.importArea("32.16", bekasi, "it").state()).isEqualTo("DONE");
        users.ensure(new RegencyUsers.NewUser(ADMIN, "Admin", "CSV", null, PASSWORD, Groups.REGENCY_ADMIN, "32.16"));
        users.ensure(new RegencyUsers.NewUser(STAFF, "Staf", "CSV", null, PASSWORD, Groups.RECRUITMENT_STAFF,
                "32.16"));
    }

    @Test
    void aNulByteIsALineErrorNotA500WithSql() throws Exception {
        HttpResponse<String> r = new Http("http://localhost:" + port, ADMIN, PASSWORD).upload("/api/frame/import/sls",
                "file", "sls.csv", ("village_code,sls_code,sub_sls,name,type,expected_families\n"
                        + "32.16.01.2001,9901,00,RT\u00001,SLS,100\n").getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(json.readTree(r.body()).get("problems").get(0).get("reason").asText())
                .isEqualTo("control character U+0000 (NUL) at character 3 of the value: remove it");
        assertThat(r.body()).doesNotContainIgnoringCase("insert into").doesNotContainIgnoringCase("sql");
        assertThat(jdbc.queryForObject("select count(*) from sls where code like '32.16.01.2001.9901%'",
                Integer.class)).isZero();
    }

    @Test
    void aRegistrationNumberInTwoCampaignsUpdatesWithinItsOwn() throws Exception {
        Http staff = new Http("http://localhost:" + port, STAFF, PASSWORD);
        String a = "32.16-PA-" + UUID.randomUUID().toString().substring(0, 8);
        String b = "32.16-PB-" + UUID.randomUUID().toString().substring(0, 8);
        String row = "SAMA-PG,3216011205900001,Calon PG,1990-05-12,L,SMA,081234567890,sama@contoh.id,32.16.01,"
                + "32.16.01.2001,tidak,PPL\n";
        for (String campaign : new String[] {a, b}) {
            assertThat(staff.upload("/api/recruitment/campaigns/" + campaign + "/candidates", "file", "c.csv",
                    (CANDIDATES + row).getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> update = staff.upload("/api/recruitment/campaigns/" + a + "/candidates", "file", "c.csv",
                (CANDIDATES + row.replace("Calon PG", "Calon PG Baru")).getBytes(StandardCharsets.UTF_8));
        assertThat(update.statusCode()).as(update.body()).isEqualTo(200);
        assertThat(jdbc.queryForList("select campaign_key || ':' || name from officer_candidate where registration_no"
                + " = 'SAMA-PG' order by campaign_key", String.class)).containsExactly(a + ":Calon PG Baru",
                b + ":Calon PG");
    }

    private static byte[] resource(String path) throws Exception {
        try (InputStream in = CsvImportsIT.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
