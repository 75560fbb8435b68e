package id.regsosek.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.frame.AreaFiles;
import id.regsosek.frame.FrameImports;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The shipped Kabupaten Bekasi frame at its real size (23 districts, 4,206 SLS, a million expected families), on a
 * database of its own (the shared test database's demo districts belong to other tests): every district's area
 * assignment starts, with the officers its families need, and each Koseka review shows the whole plan the way
 * Tasklist reads it (the task's form variables, Json values parsed as Tasklist does).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.datasource.url=jdbc:h2:mem:regsosek-realsize;DB_CLOSE_DELAY=-1",
                "camunda.bpm.job-execution.enabled=false", "camunda.bpm.process-engine-name=realsize",
                "spring.mail.host=127.0.0.1", "spring.mail.port=1", "spring.autoconfigure.exclude="
                + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration"})
@ActiveProfiles({"h2", "test"})
class RealSizeAssignmentTest {

    private static final Logger log = LoggerFactory.getLogger(RealSizeAssignmentTest.class);
    private static final String REGENCY = "32.16";
    /** What the engine's string variable column holds. */
    private static final int STRING_COLUMN = 4000;

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    FrameImports imports;
    @Autowired
    AssignmentStarter starter;
    @Autowired
    AssignmentSettings settings;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyDistrictOfTheBekasiFrameStartsAndItsKosekaSeesTheWholePlan() throws Exception {
        assertThat(imports.importArea(REGENCY, new AreaFiles(resource("demo/idn-area/regencies.csv"),
                resource("demo/idn-area/districts.csv"), resource("demo/idn-area/villages.csv")), "test").state())
                .isEqualTo("DONE");
        assertThat(imports.importSls(REGENCY, "sls-32.16.csv", resource("demo/sls-32.16.csv"), "test").state())
                .isEqualTo("DONE");
        List<String> districts = jdbc.queryForList("select distinct district_code from sls order by 1", String.class);
        assertThat(districts).hasSize(23);
        assertThat(jdbc.queryForObject("select count(*) from sls", Integer.class)).isEqualTo(4206);

        List<Integer> lengths = new ArrayList<>();
        for (String district : districts) {
            deployOfficers(district);
            starter.start(REGENCY, district, "admin");
            Task review = tasks.createTaskQuery().processInstanceBusinessKey(district)
                    .taskDefinitionKey(AreaAssignmentProcess.TASK_REVIEW).singleResult();
            assertThat(review).as(district).isNotNull();
            assertThat(review.getAssignee()).isEqualTo("koseka-" + district);
            assertThat(summaryDisabled(review.getId())).isTrue();
            String shown = asTasklistShowsIt(review.getId());
            List<String> slsCodes = jdbc.queryForList("select code from sls where district_code = ?", String.class,
                    district);
            assertThat(shown).as(district).startsWith("Kecamatan " + district + ": " + slsCodes.size() + " SLS");
            slsCodes.forEach(code -> assertThat(shown).as(district).contains(code));
            lengths.add(shown.length());
        }
        log.info("Koseka reviews of the 23 districts: summaries of {} to {} characters", lengths.stream()
                .mapToInt(Integer::intValue).min().orElse(0), lengths.stream().mapToInt(Integer::intValue).max()
                .orElse(0));
        assertThat(lengths.stream().filter(l -> l > STRING_COLUMN)).as("plans longer than a string variable holds")
                .isNotEmpty();
    }

    /** Tasklist: GET /task/{id}/form-variables?deserializeValues=false, then JSON.parse of a Json value. */
    private String asTasklistShowsIt(String taskId) throws IOException {
        VariableMap variables = forms.getTaskFormVariables(taskId, null, false);
        TypedValue summary = variables.getValueTyped(AreaAssignmentProcess.SUMMARY);
        assertThat(summary).isNotNull();
        assertThat(summary.getType().getName()).isEqualTo("json");
        Object value = summary instanceof org.camunda.bpm.engine.variable.value.SerializableValue s
                ? s.getValueSerialized() : summary.getValue();
        return json.readValue(value.toString(), String.class);
    }

    /** The form Tasklist gets (GET /task/{id}/deployed-form) has the summary field disabled: not sent back. */
    private boolean summaryDisabled(String taskId) throws IOException {
        try (InputStream in = forms.getDeployedTaskForm(taskId)) {
            for (JsonNode c : json.readTree(in).get("components")) {
                if (AreaAssignmentProcess.SUMMARY.equals(c.path("key").asText())) {
                    return c.path("disabled").asBoolean(false);
                }
            }
        }
        return false;
    }

    /** The officers a district's families need at the target (250 per PPL, 4 PPL per PML) and its Koseka. */
    private void deployOfficers(String district) {
        int families = jdbc.queryForObject("select sum(expected_families) from sls where district_code = ?",
                Integer.class, district);
        int ppl = (families + settings.target() - 1) / settings.target();
        int pml = (ppl + 3) / 4;
        String code = district.replace(".", "");
        officer(district, "KSK-" + code, "koseka-" + district, "KOSEKA");
        for (int i = 1; i <= ppl; i++) {
            officer(district, String.format("PPL-%s-%03d", code, i), null, "PPL");
        }
        for (int i = 1; i <= pml; i++) {
            officer(district, String.format("PML-%s-%03d", code, i), null, "PML");
        }
    }

    private void officer(String district, String officerCode, String user, String role) {
        jdbc.update("insert into officer (regency_code, officer_code, user_id, name, role, status, home_district_code)"
                + " values (?, ?, ?, ?, ?, 'ACTIVE', ?)", REGENCY, officerCode, user, "Petugas " + officerCode, role,
                district);
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = RealSizeAssignmentTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        }
    }
}
