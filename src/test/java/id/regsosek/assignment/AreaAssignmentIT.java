package id.regsosek.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.regsosek.support.TestMail;
import id.regsosek.frame.AreaFiles;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.identity.TenantFromRegency;
import id.regsosek.support.Http;
import id.regsosek.support.PostgresTest;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL with the job executor on: a district goes from deployed officers (the message recruitment sends)
 * to an approved assignment with mails received, then a PPL's dropout moves its open tasks to the reserve.
 */
class AreaAssignmentIT extends PostgresTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    FrameImports imports;
    @Autowired
    RegencyUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    RepositoryService repository;

    @Test
    void deployedOfficersToApprovedAssignmentWithMailsThenADropoutMovesOpenTasks() throws Exception {
        AreaFiles bekasi = new AreaFiles(resource("demo/idn-area/regencies.csv"),
                resource("demo/idn-area/districts.csv"), resource("demo/idn-area/villages.csv"));
        assertThat(imports.importArea("32.16", bekasi, "it").state()).isEqualTo("DONE");
        TestDistrict d = TestDistrict.create(jdbc, users, "32.16.91", 4, 1, new int[] {250, 240}, new int[] {260});
        users.ensure(new RegencyUsers.NewUser("admin-assign", "Admin", "PG", null, "demo",
                id.regsosek.identity.Groups.REGENCY_ADMIN, "32.16"));

        runtime.createMessageCorrelation(AreaAssignmentProcess.MESSAGE_OFFICERS_DEPLOYED).processInstanceBusinessKey(d.code)
                .setVariable(TenantFromRegency.REGENCY_VARIABLE, "32.16")
                .setVariable(AreaAssignmentProcess.DISTRICT_CODE, d.code).correlateStartMessage();
        Http koseka = http(d.kosekaUser(), "demo");
        JsonNode open = json.readTree(koseka.get("/engine-rest/task?processInstanceBusinessKey=" + d.code
                + "&taskDefinitionKey=" + AreaAssignmentProcess.TASK_REVIEW + "&assignee=" + d.kosekaUser()).body());
        assertThat(open).hasSize(1);
        String taskId = open.get(0).get("id").asText();
        HttpResponse<String> done = koseka.postJson("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\":{\"approved\":{\"value\":true,\"type\":\"Boolean\"},\"moveFrom1\":{\"value\":\"\","
                        + "\"type\":\"String\"}}}");
        assertThat(done.statusCode()).as(done.body()).isIn(200, 204);
        assertThat(jdbc.queryForObject("select approved_by from assignment_plan where district_code = ?",
                String.class, d.code)).isEqualTo(d.kosekaUser());

        waitFor(() -> mailsTo("321691").size() == 4, "4 area-list mails (3 PPL, 1 PML)");
        assertThat(mailsTo("321691").get(0).getSubject()).contains("Wilayah tugas Regsosek");

        long leaving = d.pplOf(d.slsCodes.get(0));
        long reserve = d.ppl.get(3);
        if (repository.createProcessDefinitionQuery().processDefinitionKey("household-probe").count() == 0) {
            repository.createDeployment().name("household-probe")
                    .addClasspathResource("test-processes/household-probe.bpmn").deploy();
        }
        for (int i = 0; i < 3; i++) {
            runtime.startProcessInstanceByKey("household-probe", Map.of(TenantFromRegency.REGENCY_VARIABLE, "32.16",
                    "assignee", d.userOf(leaving), AreaAssignmentProcess.SLS_CODE, d.slsCodes.get(0)));
        }
        HttpResponse<String> dropout = http("admin-assign", "demo").postJson("/api/assignment/officers/"
                + jdbc.queryForObject("select officer_code from officer where id = ?", String.class, leaving)
                + "/dropout", "{\"reason\":\"mengundurkan diri\"}");
        assertThat(dropout.statusCode()).as(dropout.body()).isEqualTo(202);
        String review = tasks.createTaskQuery().processInstanceBusinessKey(d.code)
                .taskDefinitionKey(AreaAssignmentProcess.TASK_REVIEW_REASSIGNMENT).singleResult().getId();
        assertThat(koseka.postJson("/engine-rest/task/" + review + "/complete",
                "{\"variables\":{\"approved\":{\"value\":true,\"type\":\"Boolean\"}}}").statusCode()).isIn(200, 204);

        waitFor(() -> tasks.createTaskQuery().taskAssignee(d.userOf(reserve)).count() == 3, "3 tasks moved");
        assertThat(tasks.createTaskQuery().taskAssignee(d.userOf(leaving)).count()).isZero();
        waitFor(() -> mailsTo("321691").size() == 5, "the reserve's reassignment mail");
        assertThat(d.slsOf(reserve)).containsExactly(d.slsCodes.get(0));
    }

    private List<MimeMessage> mailsTo(String district) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().contains(district);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(end);
            Thread.sleep(200);
        }
    }

    private static byte[] resource(String path) throws Exception {
        try (InputStream in = AreaAssignmentIT.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
