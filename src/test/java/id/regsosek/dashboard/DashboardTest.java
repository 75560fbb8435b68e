package id.regsosek.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.identity.TenantFromRegency;
import id.regsosek.period.EnumerationPeriod;
import id.regsosek.support.AppTest;
import id.regsosek.support.TestProcesses;
import id.regsosek.visit.VisitFixtures;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard's figures follow what the processes and the field work did, after a refresh. */
class DashboardTest extends AppTest {

    static final String PROBE = TestProcesses.TENANT_PROBE;
    static final String PROBE_TASK = TestProcesses.TENANT_PROBE_TASK;
    /** An SLS of the demo frame in Bojongmangu that no other test touches. */
    static final String SLS = "32.16.23.2001.0003.00";

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private DashboardRefresher refresher;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ManagementService management;
    @Autowired
    private RegencyUsers users;

    static void deployProbe(RepositoryService repository) {
        TestProcesses.deploy(repository, PROBE);
    }

    private int openAtProbe() throws Exception {
        for (JsonNode step : json.readTree(http("manajer").get("/api/dashboard/steps").body())) {
            if (PROBE.equals(step.get("processKey").asText()) && PROBE_TASK.equals(step.get("activityId").asText())) {
                return step.get("open").asInt();
            }
        }
        return 0;
    }

    @Test
    void openStepsCountWhatTheProcessesStartedAndOnlyInTheCallersRegency() throws Exception {
        deployProbe(repository);
        refresher.refresh("32.16");
        int before = openAtProbe();
        for (int i = 0; i < 3; i++) {
            runtime.startProcessInstanceByKey(PROBE, Map.of(TenantFromRegency.REGENCY_VARIABLE, "32.16"));
        }
        runtime.startProcessInstanceByKey(PROBE, Map.of(TenantFromRegency.REGENCY_VARIABLE, "32.75"));
        refresher.refresh("32.16");
        assertThat(openAtProbe()).isEqualTo(before + 3);
        JsonNode summary = json.readTree(http("manajer").get("/api/dashboard/summary").body());
        assertThat(Instant.parse(summary.get("refreshedAt").asText())).isAfter(Instant.now().minusSeconds(60));
    }

    @Test
    void areaProgressCountsFinalFamiliesAgainstExpectedFromSlsUpToDistrict() throws Exception {
        Map<String, Object> sls = jdbc.queryForMap("select id, expected_families from sls where code = ?", SLS);
        long slsId = ((Number) sls.get("ID")).longValue();
        jdbc.update("delete from family where sls_id = ?", slsId);
        for (int i = 1; i <= 3; i++) {
            jdbc.update("insert into family (regency_code, sls_id, kk_number, head_name, origin, result_code, final_at)"
                    + " values ('32.16', ?, ?, ?, 'PRELIST', ?, ?)", slsId, "32162300000000" + i + "0",
                    "Kepala " + i, i < 3 ? 1 : null, i < 3 ? Timestamp.from(Instant.now()) : null);
        }
        jdbc.update("delete from sls_signoff where sls_id = ?", slsId);
        jdbc.update("insert into sls_signoff (sls_id, regency_code, status, updated_at, accepted_at) values"
                + " (?, '32.16', 'ACCEPTED', ?, ?)", slsId, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        refresher.refresh("32.16");
        JsonNode slsRows = json.readTree(http("manajer").get("/api/dashboard/areas?parent=32.16.23.2001").body());
        JsonNode row = null;
        for (JsonNode r : slsRows) {
            row = SLS.equals(r.get("code").asText()) ? r : row;
        }
        assertThat(row).isNotNull();
        assertThat(row.get("families").asInt()).isEqualTo(3);
        assertThat(row.get("finalFamilies").asInt()).isEqualTo(2);
        assertThat(row.get("slsSignedOff").asInt()).isEqualTo(1);
        assertThat(row.get("expected").asInt()).isEqualTo(((Number) sls.get("EXPECTED_FAMILIES")).intValue());

        // Districts of the demo frame (23) and any a test made; the furthest behind the expected line first.
        JsonNode districts = json.readTree(http("manajer").get("/api/dashboard/areas").body());
        assertThat(districts.size()).isGreaterThanOrEqualTo(23);
        for (int i = 1; i < districts.size(); i++) {
            assertThat(districts.get(i - 1).get("behindBy").asDouble())
                    .isGreaterThanOrEqualTo(districts.get(i).get("behindBy").asDouble());
        }
    }

    @Test
    void officersWithUnusualOutcomesAreFlaggedForTheirSupervisor() throws Exception {
        VisitFixtures.Team team = new VisitFixtures(jdbc, users, "32.16").team("dash");
        List<Long> families = new VisitFixtures(jdbc, users, "32.16").families(team, 10);
        for (int i = 0; i < 10; i++) {
            jdbc.update("insert into visit_attempt (family_id, officer_id, client_attempt_id, attempted_at,"
                    + " result_code) values (?, ?, ?, ?, ?)", families.get(i), team.pplOfficerId(),
                    "dash-" + team.pplUser() + "-" + i, Timestamp.from(Instant.now()), i < 4 ? 4 : i < 8 ? 3 : 1);
        }
        for (int i = 0; i < 5; i++) {
            jdbc.update("insert into family_check (family_id, checked_at, pml_officer_id, approved, reason)"
                    + " values (?, ?, ?, false, 'tidak lengkap')", families.get(8), Timestamp.from(Instant.now()),
                    team.pmlOfficerId());
        }
        refresher.refresh("32.16");
        JsonNode officer = null;
        for (JsonNode o : json.readTree(http("manajer").get("/api/dashboard/officers?limit=2000").body())) {
            officer = team.pplUser().equals(o.get("userId").asText()) ? o : officer;
        }
        assertThat(officer).isNotNull();
        assertThat(officer.get("attempts").asInt()).isEqualTo(10);
        assertThat(officer.get("refused").asInt()).isEqualTo(4);
        assertThat(officer.get("noRespondent").asInt()).isEqualTo(4);
        assertThat(officer.get("returnedForms").asInt()).isEqualTo(5);
        assertThat(officer.get("flags").asText()).contains("banyak tidak ada responden").contains("banyak penolakan")
                .contains("banyak formulir dikembalikan");
    }

    @Test
    void recruitmentFunnelCountsEachStageOfTheDistrictsCandidates() throws Exception {
        String district = "32.16.20";
        int[] before = funnelOf(district);
        String[][] candidates = {
            {"REGISTERED", null, null}, {"INELIGIBLE", null, null}, {"TESTING", null, null},
            {"AWAITING_SELECTION", "70", null}, {"NOT_SELECTED", "55", "NOT_SELECTED"},
            {"RESERVE", "65", "RESERVE"}, {"SELECTED", "80", "SELECTED"}, {"DEPLOYED", "85", "SELECTED"},
            {"NOT_DEPLOYED", "75", "SELECTED"}};
        long seq = System.nanoTime() % 1_000_000;
        for (int i = 0; i < candidates.length; i++) {
            jdbc.update("insert into officer_candidate (regency_code, campaign_key, registration_no, nik, name,"
                    + " birth_date, sex, education, email, district_code, has_experience, role_applied, status,"
                    + " test_score, outcome) values ('32.16', '32.16-2022', ?, ?, 'Calon', DATE '1990-01-01', 'L',"
                    + " 'SMA', 'calon@example.org', ?, false, 'PPL', ?, ?, ?)", "DASH-" + seq + "-" + i,
                    String.format("3216200101%06d", (seq * 10 + i) % 1_000_000), district, candidates[i][0],
                    candidates[i][1] == null ? null : Integer.valueOf(candidates[i][1]), candidates[i][2]);
        }
        refresher.refresh("32.16");
        int[] after = funnelOf(district);
        int[] delta = new int[7];
        for (int i = 0; i < 7; i++) {
            delta[i] = after[i] - before[i];
        }
        // registered, eligible, tested, selected, trained, deployed, reserve left
        assertThat(delta).containsExactly(9, 7, 6, 3, 1, 1, 1);
    }

    private int[] funnelOf(String district) throws Exception {
        for (JsonNode f : json.readTree(http("manajer").get("/api/dashboard/funnel?campaign=32.16-2022").body())) {
            if (district.equals(f.get("districtCode").asText())) {
                return new int[] {f.get("registered").asInt(), f.get("eligible").asInt(), f.get("tested").asInt(),
                    f.get("selected").asInt(), f.get("trained").asInt(), f.get("deployed").asInt(),
                    f.get("reserveLeft").asInt()};
            }
        }
        return new int[7];
    }

    @Test
    void csvDownloadsCarryAHeaderAndTheRows() throws Exception {
        int districts = json.readTree(http("admin").get("/api/dashboard/areas").body()).size();
        var csv = http("admin").get("/api/dashboard/areas.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("areas.csv");
        assertThat(csv.body().lines().findFirst().orElse("")).startsWith("level,code,name,expected,families");
        assertThat(csv.body().lines().count()).isEqualTo(districts + 1L);
    }

    @Test
    void failingStepsShowWhileRetriedAndAsIncidentsOnceRetriesRunOut() throws Exception {
        TestProcesses.deploy(repository, TestProcesses.FAILING_PROBE);
        String pi = runtime.startProcessInstanceByKey(TestProcesses.FAILING_PROBE,
                Map.of(TenantFromRegency.REGENCY_VARIABLE, "32.16")).getId();
        var job = management.createJobQuery().processInstanceId(pi).singleResult();
        assertThatThrownBy(() -> management.executeJob(job.getId())).isNotNull();
        assertThat(problemsOf(pi)).containsExactly("gagal, dicoba ulang|" + TestProcesses.FAILING_PROBE_TASK);
        management.setJobRetries(job.getId(), 0);
        assertThat(problemsOf(pi)).containsExactly("insiden: failedJob|" + TestProcesses.FAILING_PROBE_TASK);
        assertThat(http("manajer").get("/api/dashboard/problems.csv").body()).contains(pi);
    }

    private java.util.List<String> problemsOf(String pi) throws Exception {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (JsonNode p : json.readTree(http("manajer").get("/api/dashboard/problems").body())) {
            if (pi.equals(p.path("processInstanceId").asText())) {
                out.add(p.get("kind").asText() + "|" + p.get("activityId").asText());
            }
        }
        return out;
    }

    @Test
    void onlyManagersAndRegencyAdminsSeeIt() {
        assertThat(http("ppl1").get("/api/dashboard/summary").statusCode()).isEqualTo(403);
        assertThat(http("koseka1").get("/api/dashboard/steps.csv").statusCode()).isEqualTo(403);
        assertThat(http(null).get("/api/dashboard/summary").statusCode()).isEqualTo(401);
    }

    @Test
    void theExpectedLineRunsAcrossTheEnumerationPeriod() {
        EnumerationPeriod period = new EnumerationPeriod("32.16", LocalDate.of(2022, 10, 15), LocalDate.of(2022, 11, 14),
                EnumerationPeriod.OPEN);
        assertThat(period.expectedShare(LocalDate.of(2022, 10, 14))).isZero();
        assertThat(period.expectedShare(LocalDate.of(2022, 10, 15))).isEqualTo(1.0 / 31);
        assertThat(period.expectedShare(LocalDate.of(2022, 11, 14))).isEqualTo(1.0);
        assertThat(period.expectedShare(LocalDate.of(2026, 11, 28))).isEqualTo(1.0);
    }
}
