package id.regsosek.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.imports.ImportReport;
import id.regsosek.recruitment.candidate.CandidateImporter;
import id.regsosek.recruitment.candidate.RecruitmentImports;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/** Candidates for process tests: one campaign per test, candidates written as CSV rows and imported for real. */
public final class RecruitmentFixture {

    public static final String REGENCY = "32.16";
    public static final String DISTRICT = "32.16.01";
    public static final String VILLAGE = "32.16.01.2001";
    public static final String OTHER_DISTRICT_VILLAGE = "32.16.02.1006";

    public final String campaign = "32.16-T" + UUID.randomUUID().toString().substring(0, 8);
    private final RecruitmentImports imports;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final StringBuilder csv = new StringBuilder(String.join(",", CandidateImporter.COLUMNS) + ",documents\n");
    private int serial;

    public RecruitmentFixture(RecruitmentImports imports, RuntimeService runtime, JdbcTemplate jdbc) {
        this.imports = imports;
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    /** Adds a man born 12-05-1990 living in Tarumajaya; returns his registration number. */
    public String add(String education, String village, boolean experience, String documents) {
        return add(education, DISTRICT, village, experience, documents);
    }

    public String add(String education, String district, String village, boolean experience, String documents) {
        serial++;
        String reg = campaign + "-" + serial;
        csv.append(String.format("%s,321601120590%04d,Calon %d,1990-05-12,L,%s,081234567890,%s@contoh.id,%s,%s,%s,PPL,%s%n",
                reg, serial, serial, education, reg.toLowerCase(), district, village, experience ? "ya" : "tidak",
                documents));
        return reg;
    }

    public String eligible() {
        return add("SMA", VILLAGE, false, "LENGKAP");
    }

    /** A district of its own (the shared test database) with one SLS of the given expected families. */
    public static String newDistrict(JdbcTemplate jdbc, int families) {
        String district = null;
        // 90-99 first, then 70-89: other tests' fixed districts and imported corpora take some of these codes.
        for (int i = 0; district == null; i++) {
            if (i == 30) {
                throw new IllegalStateException("no free test district code left in 32.16.70-99");
            }
            String code = "32.16." + (i < 10 ? 90 + i : 60 + i);
            if (jdbc.queryForObject("select count(*) from district where code = ?", Integer.class, code) == 0) {
                district = code;
            }
        }
        jdbc.update("insert into district (code, regency_code, name) values (?, '32.16', ?)", district,
                "Uji " + district);
        jdbc.update("insert into village (code, district_code, regency_code, name) values (?, ?, '32.16', 'Desa Uji')",
                district + ".2001", district);
        jdbc.update("insert into sls (code, village_code, district_code, regency_code, sls_code, sub_sls, name,"
                + " sls_type, expected_families) values (?, ?, ?, '32.16', '0001', '00', 'RT 001', 'SLS', ?)",
                district + ".2001.0001.00", district + ".2001", district, families);
        return district;
    }

    public void importAll() {
        ImportReport report = imports.importCandidates(REGENCY, campaign, campaign + ".csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), "test");
        assertThat(report.state()).as(report.toString()).isEqualTo("DONE");
    }

    public ProcessInstance instance(String reg) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(RecruitmentProcess.KEY)
                .processInstanceBusinessKey(reg).variableValueEquals(RecruitmentProcess.CAMPAIGN_KEY, campaign)
                .singleResult();
    }

    public String status(String reg) {
        return jdbc.queryForObject("select status from officer_candidate where campaign_key = ? and registration_no = ?",
                String.class, campaign, reg);
    }

    public void testScores(String rows) {
        ImportReport report = imports.importTestScores(REGENCY, campaign, "scores.csv",
                ("registration_no,test_score\n" + rows).getBytes(StandardCharsets.UTF_8), "test");
        assertThat(report.state()).as(report.toString()).isEqualTo("DONE");
    }
}
