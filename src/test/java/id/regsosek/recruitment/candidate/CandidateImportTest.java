package id.regsosek.recruitment.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.bench.SyntheticCandidates;
import id.regsosek.imports.ImportCounts;
import id.regsosek.imports.ImportRun;
import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.support.AppTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Candidate import over HTTP as recruitment staff: every bad row named, nothing half-imported, idempotent, fast. */
class CandidateImportTest extends AppTest {

    private static final Logger log = LoggerFactory.getLogger(CandidateImportTest.class);
    private static final String HEADER = String.join(",", CandidateImporter.COLUMNS) + "\n";

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    CandidateImporter importer;
    @Autowired
    CandidateStarter starter;

    private final String campaign = "32.16-I" + UUID.randomUUID().toString().substring(0, 8);

    private HttpResponse<String> upload(String csv) {
        return http("rekrutmen").upload("/api/recruitment/campaigns/" + campaign + "/candidates", "file",
                "pendaftar.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private int candidates() {
        return jdbc.queryForObject("select count(*) from officer_candidate where campaign_key = ?", Integer.class,
                campaign);
    }

    private static String row(String reg, String nik, String birth, String sex, String district, String email) {
        return reg + "," + nik + ",Calon Uji," + birth + "," + sex + ",SMA,081234567890," + email + "," + district
                + ",32.16.01.2001,tidak,PPL\n";
    }

    @Test
    void everyBadRowIsNamedAndNothingIsImported() throws Exception {
        String csv = HEADER
                + row("R1", "3216011205900001", "1990-05-12", "L", "32.16.01", "r1@contoh.id")       // good
                + row("R2", "32160112059", "1990-05-12", "L", "32.16.01", "r2@contoh.id")             // short NIK
                + row("R3", "3216011205900003", "1990-05-12", "P", "32.16.01", "r3@contoh.id")       // woman, day not +40
                + row("R4", "3216011205900001", "1990-05-12", "L", "32.16.01", "r4@contoh.id")       // NIK of R1
                + row("R5", "3216011205900005", "1990-05-12", "L", "32.16.77", "r5@contoh.id")       // unknown district
                + row("R6", "3216013102900006", "1990-02-31", "L", "32.16.01", "r6@contoh.id")       // 31 February
                + row("R7", "3216011205900007", "1990-05-12", "L", "32.16.01", "")                   // no email
                + row("R8", "3216015205900008", "1990-05-12", "P", "32.16.01", "r8@contoh.id")       // good woman
                + row("R9", "3216011305900009", "1990-05-12", "L", "32.16.01", "r9@contoh.id");      // date differs
        HttpResponse<String> response = upload(csv);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        List<String> problems = new ArrayList<>();
        for (JsonNode p : json.readTree(response.body()).get("problems")) {
            problems.add(p.get("line").asInt() + "|" + p.path("column").asText("") + "|" + p.get("reason").asText());
        }
        assertThat(problems).containsExactly(
                "3|nik|NIK must be 16 digits",
                "4|nik|NIK date part contradicts sex P (a woman's day is +40)",
                "5|nik|NIK 3216********0001 duplicated in the file (first on line 2)",
                "6|district_code|unknown district '32.16.77' in regency 32.16",
                "7|birth_date|impossible or malformed date '1990-02-31' (expected YYYY-MM-DD)",
                "7|nik|NIK date part is impossible (day 31, month 2)",
                "8|email|email missing",
                "10|nik|NIK date part contradicts birth_date");
        assertThat(response.body()).doesNotContain("3216011205900001");
        assertThat(candidates()).isZero();
    }

    @Test
    void reimportChangesNothingAndStartsNoSecondInstance() throws Exception {
        String csv = SyntheticCandidates.csv(campaign, "32.16.01", List.of("32.16.01.2001", "32.16.01.2002"), 20, 7);
        HttpResponse<String> first = upload(csv);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json.readTree(first.body()).get("inserted").asInt()).isEqualTo(20);
        HttpResponse<String> again = upload(csv);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json.readTree(again.body()).get("unchanged").asInt()).isEqualTo(20);
        assertThat(candidates()).isEqualTo(20);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RecruitmentProcess.KEY)
                .variableValueEquals(RecruitmentProcess.CAMPAIGN_KEY, campaign).count()).isEqualTo(20);
        // A NIK registered in the campaign under another number is refused on a later file.
        String other = HEADER + csv.lines().skip(1).findFirst().orElseThrow().replaceFirst("^[^,]+", "OTHER-1")
                .replaceAll(",[^,]*$", "") + "\n";
        HttpResponse<String> dup = upload(other);
        assertThat(dup.statusCode()).isEqualTo(422);
        assertThat(dup.body()).contains("already registered in campaign " + campaign);
    }

    @Test
    void twentyFiveThousandRowsImportInSeconds() {
        List<String> villages = jdbc.queryForList("select code from village where district_code = '32.16.01'",
                String.class);
        byte[] csv = SyntheticCandidates.csv(campaign, "32.16.01", villages, 25_000, 42)
                .getBytes(StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        ImportCounts counts = importer.importFile("32.16", campaign, "besar.csv", csv,
                new ImportRun(CandidateImporter.KIND, "besar.csv", "32.16", "test"));
        long importMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(counts.inserted()).isEqualTo(25_000);
        long t1 = System.nanoTime();
        ImportCounts again = importer.importFile("32.16", campaign, "besar.csv", csv,
                new ImportRun(CandidateImporter.KIND, "besar.csv", "32.16", "test"));
        long reimportMs = (System.nanoTime() - t1) / 1_000_000;
        assertThat(again.unchanged()).isEqualTo(25_000);
        log.info("MEASURED candidate import on H2: 25,000 rows in {} ms, re-import (unchanged) in {} ms",
                importMs, reimportMs);
        assertThat(importMs).isLessThan(30_000);
    }

    @Test
    void theShippedSampleIsTheGeneratorsOutputAndImportsCleanly() throws Exception {
        List<String> villages = jdbc.queryForList("select code from village where district_code = '32.16.01'"
                + " order by code", String.class);
        byte[] shipped;
        try (var in = getClass().getResourceAsStream("/demo/candidates-32.16.01.csv")) {
            shipped = in.readAllBytes();
        }
        assertThat(new String(shipped, StandardCharsets.UTF_8))
                .isEqualTo(SyntheticCandidates.csv("REG-2022", "32.16.01", villages, 300, 2022));
        ImportCounts counts = importer.importFile("32.16", campaign, "sample.csv", shipped,
                new ImportRun(CandidateImporter.KIND, "sample.csv", "32.16", "test"));
        assertThat(counts.inserted()).isEqualTo(300);
    }
}
