package id.regsosek.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.support.AppTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each CSV fault of issue 12 (section 5) through the real HTTP endpoints of the demo regency: every one answers
 * 422 (or 400 for a bad campaign key) naming line, column and reason, writes nothing and never answers 500.
 */
class ImportFaultsTest extends AppTest {

    private static final String SLS_HEADER = "village_code,sls_code,sub_sls,name,type,expected_families\n";
    private static final String VILLAGE = "32.16.01.2001";
    private static final String CANDIDATE_HEADER = "registration_no,nik,name,birth_date,sex,education,phone,email,"
            + "district_code,village_code,bps_experience,role_applied\n";

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private JdbcTemplate jdbc;

    private HttpResponse<String> sls(byte[] file) {
        return http("admin").upload("/api/frame/import/sls", "file", "sls.csv", file);
    }

    private HttpResponse<String> sls(String file) {
        return sls(file.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> candidates(String campaign, String file) {
        return http("rekrutmen").upload("/api/recruitment/campaigns/" + campaign + "/candidates", "file",
                "pendaftar.csv", file.getBytes(StandardCharsets.UTF_8));
    }

    /** The problems of a 422 answer as line|column|reason. */
    private List<String> problems(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        List<String> out = new ArrayList<>();
        for (JsonNode p : json.readTree(r.body()).get("problems")) {
            out.add(p.get("line").asInt() + "|" + p.path("column").asText("") + "|" + p.get("reason").asText());
        }
        return out;
    }

    private int slsLike(String prefix) {
        return jdbc.queryForObject("select count(*) from sls where code like ?", Integer.class, prefix + "%");
    }

    private static String candidate(String reg, String nik, String name, String birth) {
        return reg + "," + nik + "," + name + "," + birth + ",L,SMA,081234567890," + reg.toLowerCase()
                + "@contoh.id,32.16.01,32.16.01.2001,tidak,PPL\n";
    }

    @Test
    void nulBytesAndControlCharactersAreLineErrorsNeverA500WithSql() throws Exception {
        HttpResponse<String> r = sls(SLS_HEADER + VILLAGE + ",9601,00,RT\u0000 1,SLS,100\n" + VILLAGE
                + ",9602,00,RT\u001B[31m 2,SLS,100\n" + VILLAGE + ",9603,00,RT 3,SLS\u0007,100\n");
        assertThat(problems(r)).containsExactly(
                "2|name|control character U+0000 (NUL) at character 3 of the value: remove it",
                "3|name|control character U+001B (escape) at character 3 of the value: remove it",
                "4|type|control character U+0007 at character 4 of the value: remove it");
        assertThat(r.body()).doesNotContainIgnoringCase("insert into").doesNotContainIgnoringCase("sql");
        assertThat(slsLike(VILLAGE + ".960")).isZero();
    }

    @Test
    void aNameLongerThanItsColumnIsALineErrorNotA500() throws Exception {
        String before = jdbc.queryForObject("select name from district where code = '32.16.01'", String.class);
        HttpResponse<String> r = http("admin").upload("/api/frame/import/area", Map.of(
                "regencies", Map.entry("regencies.csv", utf8("code,province_code,name\n32.16,32,Kabupaten Bekasi\n")),
                "districts", Map.entry("districts.csv", utf8("code,regency_code,name\n32.16.01,32.16," + "T".repeat(121)
                        + "\n")),
                "villages", Map.entry("villages.csv", utf8("code,district_code,name\n32.16.01.2001,32.16.01,X\n"))));
        assertThat(problems(r)).containsExactly("2|name|too long: 121 characters, at most 120");
        assertThat(jdbc.queryForObject("select name from district where code = '32.16.01'", String.class))
                .isEqualTo(before);
    }

    @Test
    void aCampaignKeyOverFortyCharactersIsRefusedByName() {
        String key = "32.16-" + "K".repeat(35);
        HttpResponse<String> r = candidates(key, CANDIDATE_HEADER + candidate("LONG-1", "3216011205900001",
                "Calon", "1990-05-12"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("campaign key").contains("at most 40 characters");
        assertThat(jdbc.queryForObject("select count(*) from officer_candidate where registration_no = 'LONG-1'",
                Integer.class)).isZero();
    }

    @Test
    void theSameRegistrationNumberInTwoCampaignsIsTwoCandidatesAndUpdatesStayInTheirCampaign() throws Exception {
        String a = "32.16-A-" + UUID.randomUUID().toString().substring(0, 8);
        String b = "32.16-B-" + UUID.randomUUID().toString().substring(0, 8);
        String row = candidate("SAMA-1", "3216011205900001", "Calon Satu", "1990-05-12");
        assertThat(candidates(a, CANDIDATE_HEADER + row).statusCode()).isEqualTo(200);
        assertThat(candidates(b, CANDIDATE_HEADER + row).statusCode()).isEqualTo(200);
        HttpResponse<String> update = candidates(a, CANDIDATE_HEADER + row.replace("Calon Satu", "Calon Satu Baru"));
        assertThat(update.statusCode()).as(update.body()).isEqualTo(200);
        assertThat(json.readTree(update.body()).get("updated").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForList("select campaign_key || ':' || name from officer_candidate where registration_no"
                + " = 'SAMA-1' and campaign_key in (?, ?) order by campaign_key", String.class, a, b))
                .containsExactly(a + ":Calon Satu Baru", b + ":Calon Satu");
    }

    @Test
    void anUnbalancedQuoteIsReportedAtTheLineItsRecordStartsNotLineZero() throws Exception {
        HttpResponse<String> r = sls(SLS_HEADER + VILLAGE + ",9611,00,RT 1,SLS,100\n" + VILLAGE
                + ",9612,00,\"RT 2,SLS,100\n" + VILLAGE + ",9613,00,RT 3,SLS,100\n");
        assertThat(problems(r)).containsExactly("3|name|unbalanced quote: the quoted value that opens on line 3 is"
                + " never closed (a quote inside a value is written as two quotes \"\")");
        assertThat(slsLike(VILLAGE + ".961")).isZero();
    }

    @Test
    void aColumnTwiceInTheHeaderIsRefusedNamingIt() throws Exception {
        HttpResponse<String> r = sls("village_code,sls_code,sub_sls,name,type,expected_families,NAME\n" + VILLAGE
                + ",9621,00,RT 1,SLS,100,RT SATU\n");
        assertThat(problems(r)).singleElement().asString().startsWith("1|name|column 'name' is in the header twice");
        assertThat(slsLike(VILLAGE + ".962")).isZero();
    }

    @Test
    void aBackslashIsDataNotAnEscape() throws Exception {
        String name = "RT \\\\ 1 \\n";
        HttpResponse<String> r = sls(SLS_HEADER + VILLAGE + ",9631,00," + name + ",SLS,100\n" + VILLAGE
                + ",9632,00,\"RT \\\\ 2\",SLS,100\n");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(jdbc.queryForList("select name from sls where code like ? order by code", String.class,
                VILLAGE + ".963%")).containsExactly("RT \\\\ 1 \\n", "RT \\\\ 2");
    }

    @Test
    void aQuotedLineBreakIsRefusedInASingleLineColumnAndLaterLinesKeepTheirNumbers() throws Exception {
        HttpResponse<String> r = sls(SLS_HEADER + VILLAGE + ",9641,00,\"RT 1\nRW 2\",SLS,100\n" + VILLAGE
                + ",9642,00,RT 2,SLS,banyak\n");
        assertThat(problems(r)).containsExactly("2|name|a line break inside a quoted value: every value of this file"
                + " is one line (or a closing quote is missing)", "4|expected_families|bad number 'banyak': expected a"
                + " whole number of families from 0 to 5000");
        assertThat(slsLike(VILLAGE + ".964")).isZero();
    }

    @Test
    void impossibleBirthDatesAreRefusedWithReasons() throws Exception {
        String campaign = "32.16-T-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> r = candidates(campaign, CANDIDATE_HEADER
                + candidate("TGL-1", "3216010101300001", "Calon Satu", "2030-01-01")
                + candidate("TGL-2", "3216010101010002", "Calon Dua", "0001-01-01")
                + candidate("TGL-3", "3216010101500003", "Calon Tiga", "1850-01-01"));
        assertThat(problems(r)).containsExactly("2|birth_date|birth date 2030-01-01 is in the future",
                "3|birth_date|birth date 0001-01-01 is before 1900: not the birth date of a living applicant",
                "4|birth_date|birth date 1850-01-01 is before 1900: not the birth date of a living applicant");
        assertThat(jdbc.queryForObject("select count(*) from officer_candidate where campaign_key = ?",
                Integer.class, campaign)).isZero();
    }

    @Test
    void aHundredThousandBadRowsAnswerSmallWithTheFirstThousandAndTheCount() throws Exception {
        StringBuilder file = new StringBuilder(SLS_HEADER);
        for (int i = 0; i < 100_000; i++) {
            file.append(VILLAGE).append(",9650,00,RT,SLS,x\n");
        }
        HttpResponse<String> r = sls(file.toString());
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode body = json.readTree(r.body());
        assertThat(body.get("problemCount").asInt()).isEqualTo(100_000);
        assertThat(body.get("problems")).hasSize(1000);
        assertThat(body.get("problems").get(999).get("line").asInt()).isEqualTo(1001);
        assertThat(r.body().length()).isLessThan(250_000);
    }

    @Test
    void utf16WithoutByteOrderMarkIsAWrongEncodingNotAMissingColumn() throws Exception {
        byte[] utf16 = (SLS_HEADER + VILLAGE + ",9661,00,RT 1,SLS,100\n").getBytes(StandardCharsets.UTF_16LE);
        assertThat(problems(sls(utf16))).singleElement().asString()
                .startsWith("1|field 1|wrong encoding: the file is UTF-16");
        assertThat(slsLike(VILLAGE + ".966")).isZero();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
