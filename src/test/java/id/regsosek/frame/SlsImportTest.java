package id.regsosek.frame;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.support.AppTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** SLS import over HTTP as the demo regency admin: every error kind, atomic rejection, idempotent re-import. */
class SlsImportTest extends AppTest {

    private static final String HEADER = "village_code,sls_code,sub_sls,name,type,expected_families\n";
    private static final String VILLAGE = "32.16.01.2001";

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private JdbcTemplate jdbc;

    private HttpResponse<String> upload(String csv) {
        return upload(csv.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> upload(byte[] csv) {
        return http("admin").upload("/api/frame/import/sls", "file", "sls-test.csv", csv);
    }

    private List<String> problems(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        List<String> out = new ArrayList<>();
        for (JsonNode p : json.readTree(response.body()).get("problems")) {
            out.add(p.get("line").asInt() + "|" + p.path("column").asText("") + "|" + p.get("reason").asText());
        }
        return out;
    }

    private int count(String codePrefix) {
        return jdbc.queryForObject("select count(*) from sls where code like ?", Integer.class, codePrefix + "%");
    }

    @Test
    void unknownParentVillageIsNamed() throws Exception {
        assertThat(problems(upload(HEADER + "32.16.01.2999,9101,00,RT 001,SLS,120\n")))
                .singleElement().asString().startsWith("2|village_code|unknown village code 32.16.01.2999");
    }

    @Test
    void villageOfAnotherRegencyIsRefused() throws Exception {
        assertThat(problems(upload(HEADER + "32.75.01.1001,9102,00,RT 001,SLS,120\n")))
                .singleElement().asString().contains("not in regency 32.16");
    }

    @Test
    void duplicateCodeNamesBothLines() throws Exception {
        assertThat(problems(upload(HEADER + VILLAGE + ",9103,00,RT 1,SLS,100\n" + VILLAGE + ",9103,00,RT 1b,SLS,90\n")))
                .singleElement().asString().isEqualTo("3|sls_code|duplicate SLS " + VILLAGE + ".9103.00 (first on line 2)");
    }

    @Test
    void badNumbersAndBadCodesAreEachReported() throws Exception {
        assertThat(problems(upload(HEADER + VILLAGE + ",9104,00,RT 1,SLS,banyak\n" + VILLAGE + ",91,0,RT 2,RT,-5\n")))
                .containsExactly(
                        "2|expected_families|bad number 'banyak': expected a whole number of families from 0 to 5000",
                        "3|sls_code|SLS code must be 4 digits, got '91'",
                        "3|sub_sls|sub-SLS must be 2 digits (00 when not split), got '0'",
                        "3|type|type must be SLS or NON_SLS, got 'RT'",
                        "3|expected_families|bad number '-5': expected a whole number of families from 0 to 5000");
    }

    @Test
    void missingColumnInHeaderOrRow() throws Exception {
        assertThat(problems(upload("village_code,sls_code,sub_sls,name,type\n" + VILLAGE + ",9105,00,RT,SLS\n")))
                .singleElement().asString().startsWith("1|expected_families|missing column 'expected_families'");
        assertThat(problems(upload(HEADER + VILLAGE + ",9105,00,RT 1\n")))
                .singleElement().asString().startsWith("2|type|missing column 'type'");
    }

    @Test
    void wrongEncodingIsRefusedByLine() throws Exception {
        byte[] latin1 = (HEADER + VILLAGE + ",9106,00,RT Caf\u00e9,SLS,100\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problems(upload(latin1))).singleElement().asString().startsWith("2|name|wrong encoding");
    }

    @Test
    void aFileWithOneBadRowIsRejectedWholeAndNothingIsWritten() throws Exception {
        HttpResponse<String> r = upload(HEADER + VILLAGE + ",9201,00,RT 1,SLS,100\n" + VILLAGE
                + ",9202,00,RT 2,SLS,100\n" + VILLAGE + ",9203,00,RT 3,SLS,seratus\n");
        assertThat(problems(r)).hasSize(1);
        assertThat(count(VILLAGE + ".92")).isZero();
        assertThat(jdbc.queryForObject("select state from import_run where id = ?", String.class,
                json.readTree(r.body()).get("id").asText())).isEqualTo("REJECTED");
    }

    @Test
    void reImportUpdatesAndNeverDuplicates() throws Exception {
        String file = HEADER + VILLAGE + ",9301,00,RT 1,SLS,100\n" + VILLAGE + ",9302,01,RT 2 A,SLS,80\n";
        JsonNode first = json.readTree(upload(file).body());
        assertThat(first.get("inserted").asInt()).as(first.toString()).isEqualTo(2);

        JsonNode again = json.readTree(upload(file).body());
        assertThat(again.get("state").asText()).isEqualTo("DONE");
        assertThat(again.get("inserted").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(count(VILLAGE + ".93")).isEqualTo(2);

        JsonNode changed = json.readTree(upload(file.replace("RT 1,SLS,100", "RT 001,NON_SLS,110")).body());
        assertThat(changed.get("updated").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForMap("select name, sls_type, expected_families from sls where code = ?",
                VILLAGE + ".9301.00")).containsEntry("NAME", "RT 001").containsEntry("SLS_TYPE", "NON_SLS")
                .containsEntry("EXPECTED_FAMILIES", 110);
        assertThat(count(VILLAGE + ".93")).isEqualTo(2);
    }

    @Test
    void theAccessColumnMarksClosedBuildingsAndAFileWithoutItKeepsThem() throws Exception {
        String header = "village_code,sls_code,sub_sls,name,type,expected_families,access\n";
        JsonNode first = json.readTree(upload(header + VILLAGE + ",9701,00,Apartemen Melati,NON_SLS,300,apartemen\n"
                + VILLAGE + ",9702,00,RT 2,SLS,80,\n" + VILLAGE + ",9703,00,Asrama Putri,NON_SLS,40,ASRAMA\n"
                + VILLAGE + ",9704,00,Cluster Anggrek,SLS,120,perumahan tertutup\n").body());
        assertThat(first.get("inserted").asInt()).as(first.toString()).isEqualTo(4);
        assertThat(accessKinds()).containsExactly("9701=APARTEMEN", "9702=null", "9703=ASRAMA",
                "9704=PERUMAHAN_TERTUTUP");

        // The older six-column file still imports, and leaves the marks (the Koseka may have set them) alone.
        JsonNode again = json.readTree(upload(HEADER + VILLAGE + ",9701,00,Apartemen Melati,NON_SLS,300\n"
                + VILLAGE + ",9702,00,RT 2,SLS,80\n").body());
        assertThat(again.get("unchanged").asInt()).as(again.toString()).isEqualTo(2);
        assertThat(accessKinds()).containsExactly("9701=APARTEMEN", "9702=null", "9703=ASRAMA",
                "9704=PERUMAHAN_TERTUTUP");

        // With the column, an empty value clears the mark.
        upload(header + VILLAGE + ",9701,00,Apartemen Melati,NON_SLS,300,\n");
        assertThat(accessKinds()).startsWith("9701=null");
    }

    @Test
    void anUnknownAccessValueIsRefusedInIndonesianNamingTheRow() throws Exception {
        String header = "village_code,sls_code,sub_sls,name,type,expected_families,access\n";
        assertThat(problems(upload(header + VILLAGE + ",9611,00,RT 1,SLS,100,\n"
                + VILLAGE + ",9612,00,Gedung Kantor,NON_SLS,10,GEDUNG\n")))
                .containsExactly("3|access|baris 3 (SLS " + VILLAGE + ".9612.00): jenis akses 'GEDUNG' tidak dikenal;"
                        + " isi APARTEMEN, PERUMAHAN_TERTUTUP, ASRAMA, atau kosong (tidak perlu izin)");
        assertThat(count(VILLAGE + ".961")).isZero();
    }

    private List<String> accessKinds() {
        return jdbc.query("select sls_code, access_kind from sls where code like ? order by code",
                (rs, i) -> rs.getString(1) + "=" + rs.getString(2), VILLAGE + ".970%");
    }

    @Test
    void asyncImportShowsProgressThenItsOutcome() throws Exception {
        byte[] file = (HEADER + VILLAGE + ",9401,00,RT 1,SLS,100\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> started = http("admin").upload("/api/frame/import/sls?async=true", "file", "a.csv", file);
        assertThat(started.statusCode()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        JsonNode report = json.readTree(http("admin").get(location).body());
        for (int i = 0; i < 100 && "RUNNING".equals(report.get("state").asText()); i++) {
            Thread.sleep(50);
            report = json.readTree(http("admin").get(location).body());
        }
        assertThat(report.get("state").asText()).isEqualTo("DONE");
        assertThat(report.get("processedSteps").asInt()).isEqualTo(report.get("totalSteps").asInt()).isEqualTo(1);
        assertThat(http("admin75-unknown").get(location).statusCode()).isEqualTo(401);
    }

    @Test
    void onlyTheRegencyAdminImports() {
        HttpResponse<String> r = http("ppl1").upload("/api/frame/import/sls", "file", "x.csv",
                (HEADER + VILLAGE + ",9501,00,RT 1,SLS,100\n").getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("not in group regency-admin");
        assertThat(count(VILLAGE + ".95")).isZero();
    }
}
