package id.regsosek.trust;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.assignment.AreaAssignmentProcess;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.signoff.AreaSignoffProcess;
import id.regsosek.signoff.SignoffStarter;
import id.regsosek.support.AppTest;
import id.regsosek.support.Http;
import id.regsosek.visit.VisitProcess;
import id.regsosek.visit.VisitStarter;
import java.net.http.HttpResponse;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The attacks of the trust-boundary issue, as an ordinary login of one regency would send them to the engine's
 * REST API with HTTP Basic, and their neighbours: each is refused with a one-line reason (403, or 400 for a bad
 * value), nothing in the database changes, and nothing of it reaches the log as a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class EngineRestAttacksTest extends AppTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FrameImports imports;
    @Autowired
    RegencyUsers users;
    @Autowired
    VisitStarter visits;
    @Autowired
    SignoffStarter signoffs;

    /** Made once for the class: each test's attacks leave it as it was (that is what they assert). */
    private static TrustFixture fx;

    @BeforeEach
    void twoRegencies() {
        if (fx == null) {
            fx = TrustFixture.shared(engine, jdbc, imports, users, visits, signoffs);
        }
    }

    private Http as(String user) {
        return http(user);
    }

    /** Sends the attack, expects the status, and finds the database as it was. */
    private HttpResponse<String> refused(int status, String attack, Supplier<HttpResponse<String>> send) {
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        HttpResponse<String> r = send.get();
        assertThat(r.statusCode()).as(attack + ": " + r.body()).isEqualTo(status);
        assertThat(r.body()).as(attack).doesNotContain("\tat ", "Exception:", "org.camunda.bpm.engine.impl");
        before.assertUnchanged(jdbc, attack);
        return r;
    }

    private static String vars(String... nameTypeValue) {
        StringBuilder b = new StringBuilder("{\"variables\":{");
        for (int i = 0; i < nameTypeValue.length; i += 3) {
            b.append(i == 0 ? "" : ",").append('"').append(nameTypeValue[i]).append("\":{\"type\":\"")
                    .append(nameTypeValue[i + 1]).append("\",\"value\":").append(nameTypeValue[i + 2]).append('}');
        }
        return b.append("}}").toString();
    }

    @Test
    void aPplCompletingItsOwnTaskCannotWriteAnotherRegencysFamilyOrAddAFamilyThere() {
        String own = fx.visitTask(fx.kotaFamilies.get(0)).getId();
        long foreign = fx.bekasiFamilies.get(0);
        Http ppl75 = as(fx.kota.pplUser());
        HttpResponse<String> r = refused(403, "familyId of another regency", () -> ppl75.postJson(
                "/engine-rest/task/" + own + "/complete", vars(VisitProcess.FAMILY_ID, "Long", "" + foreign,
                        VisitProcess.RESULT_CODE, "String", "\"5\"", VisitProcess.VISITED_AT, "String",
                        "\"2022-10-20T09:30\"")));
        assertThat(r.body()).contains("familyId").contains("tidak ada di formulir");
        refused(403, "slsId and a new family", () -> ppl75.postJson("/engine-rest/task/" + own + "/complete",
                vars(VisitProcess.SLS_ID, "Long", "" + fx.bekasi.slsId(), VisitProcess.RESULT_CODE, "String",
                        "\"1\"", VisitProcess.VISITED_AT, "String", "\"2022-10-20T09:30\"")));
        refused(403, "submit-form with familyId", () -> ppl75.postJson("/engine-rest/task/" + own + "/submit-form",
                vars(VisitProcess.FAMILY_ID, "Long", "" + foreign)));
        refused(403, "resolve with variables", () -> ppl75.postJson("/engine-rest/task/" + own + "/resolve",
                vars(VisitProcess.RESULT_CODE, "String", "\"1\"")));
        for (String path : new String[] {"/variables/familyId", "/localVariables/familyId"}) {
            refused(403, "PUT task" + path, () -> ppl75.putJson("/engine-rest/task/" + own + path,
                    "{\"type\":\"Long\",\"value\":" + foreign + "}"));
        }
        refused(403, "POST task variables", () -> ppl75.postJson("/engine-rest/task/" + own + "/variables",
                "{\"modifications\":{\"familyId\":{\"type\":\"Long\",\"value\":" + foreign + "}}}"));
        String instance = fx.instanceOf(fx.kotaFamilies.get(0));
        refused(403, "process-instance variables", () -> ppl75.postJson("/engine-rest/process-instance/" + instance
                + "/variables", "{\"modifications\":{\"familyId\":{\"type\":\"Long\",\"value\":" + foreign + "}}}"));
        refused(403, "execution local variables", () -> ppl75.putJson("/engine-rest/execution/" + instance
                + "/localVariables/familyId", "{\"type\":\"Long\",\"value\":" + foreign + "}"));
    }

    @Test
    void aPplWorksOnlyItsOwnTasksAndNotThereLooksLikeNotYours() {
        String otherRegency = fx.visitTask(fx.bekasiFamilies.get(0)).getId();
        String body = vars(VisitProcess.RESULT_CODE, "String", "\"5\"", VisitProcess.VISITED_AT, "String",
                "\"2022-10-20T09:30\"");
        Http ppl75 = as(fx.kota.pplUser());
        String foreign = refused(403, "another regency's task", () -> ppl75.postJson("/engine-rest/task/"
                + otherRegency + "/complete", body)).body();
        String missing = refused(403, "a task that does not exist", () -> ppl75.postJson("/engine-rest/task/"
                + "00000000-0000-0000-0000-000000000000/complete", body)).body();
        assertThat(foreign).isEqualTo(missing);
        // Same regency, another officer's family: its PML may not report the PPL's visit either.
        refused(403, "another officer's task", () -> as(fx.bekasi.pmlUser()).postJson("/engine-rest/task/"
                + otherRegency + "/complete", body));
        refused(403, "claim for somebody else", () -> as(fx.bekasi.pplUser()).postJson("/engine-rest/task/"
                + otherRegency + "/claim", "{\"userId\":\"" + fx.bekasi.pmlUser() + "\"}"));
        for (String path : new String[] {"/assignee", "/delegate", "/identity-links", "/comment/create",
                "/bpmnError", "/bpmnEscalation"}) {
            refused(403, "task" + path, () -> as(fx.bekasi.pplUser()).postJson("/engine-rest/task/" + otherRegency
                    + path, "{\"userId\":\"ppl1\",\"groupId\":\"ppl\",\"type\":\"candidate\",\"message\":\"x\","
                    + "\"errorCode\":\"x\",\"escalationCode\":\"x\"}"));
        }
    }

    @Test
    void aPplPlansItsOwnTasksDaysInTasklistAndChangesNothingElseOfATask() throws Exception {
        String own = fx.visitTask(fx.bekasiFamilies.get(2)).getId();
        Http ppl = as(fx.bekasi.pplUser());
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        HttpResponse<String> read = ppl.get("/engine-rest/task/" + own);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        var task = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(read.body());
        // As Tasklist sends it: with the read-only camundaFormRef the engine's API alone cannot read back.
        task.put("followUp", "2030-01-15T12:00:00.000+0700");
        HttpResponse<String> planned = ppl.putJson("/engine-rest/task/" + own, task.toString());
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().taskId(own).singleResult().getFollowUpDate())
                .isEqualTo(java.util.Date.from(java.time.OffsetDateTime.parse("2030-01-15T12:00:00+07:00")
                        .toInstant()));

        for (String[] change : new String[][] {{"assignee", fx.bekasi.pmlUser()}, {"name", "Tugas lain"},
                {"owner", fx.bekasi.pplUser()}, {"tenantId", "32.75"}, {"priority", "99"}}) {
            var changed = task.deepCopy();
            changed.put(change[0], change[1]);
            HttpResponse<String> r = refused(403, "PUT task with " + change[0], () -> ppl.putJson("/engine-rest/task/"
                    + own, changed.toString()));
            assertThat(r.body()).contains("tindak lanjut");
        }
        // Neither may read the task, so the API does not find it.
        refused(404, "the PML planning the PPL's task", () -> as(fx.bekasi.pmlUser()).putJson("/engine-rest/task/"
                + own, task.toString()));
        refused(404, "another regency's PPL", () -> as(fx.kota.pplUser()).putJson("/engine-rest/task/" + own,
                task.toString()));
        refused(403, "a new task", () -> ppl.postJson("/engine-rest/task/create", "{\"id\":\"mine\","
                + "\"name\":\"x\"}"));
    }

    @Test
    void aValueOutsideTheFormIsRefusedNamingTheField() {
        String own = fx.visitTask(fx.bekasiFamilies.get(1)).getId();
        HttpResponse<String> r = refused(400, "result code 3.9", () -> as(fx.bekasi.pplUser()).postJson(
                "/engine-rest/task/" + own + "/complete", vars(VisitProcess.RESULT_CODE, "Double", "3.9",
                        VisitProcess.VISITED_AT, "String", "\"2022-10-20T09:30\"")));
        assertThat(r.body()).contains("resultCode");
        refused(400, "NUL in a note", () -> as(fx.bekasi.pplUser()).postJson("/engine-rest/task/" + own
                + "/submit-form", vars(VisitProcess.RESULT_CODE, "String", "\"5\"", VisitProcess.VISITED_AT,
                "String", "\"2022-10-20T09:30\"", VisitProcess.NOTE, "String", "\"a\\u0000b\"")));
        HttpResponse<String> object = refused(400, "an object of any Java type", () -> as(fx.bekasi.pplUser())
                .postJson("/engine-rest/task/" + own + "/submit-form", "{\"variables\":{\"note\":{\"type\":"
                + "\"Object\",\"value\":\"\\\"https://example.org\\\"\",\"valueInfo\":{\"objectTypeName\":"
                + "\"java.net.URL\",\"serializationDataFormat\":\"application/json\"}}}}"));
        assertThat(object.body()).contains("note").contains("jenis nilai 'object'");
    }

    @Test
    void theEngineDeserialisesNoForeignTypeEvenWhenTheSystemStoredOne() {
        String instance = fx.instanceOf(fx.bekasiFamilies.get(1));
        engine.getRuntimeService().setVariable(instance, "probeUrl", org.camunda.bpm.engine.variable.Variables
                .serializedObjectValue("\"https://example.org\"").objectTypeName("java.net.URL")
                .serializationDataFormat("application/json").create());
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getRuntimeService()
                    .getVariable(instance, "probeUrl")).hasMessageContaining("java.net.URL");
        } finally {
            engine.getRuntimeService().removeVariable(instance, "probeUrl");
        }
    }

    @Test
    void aRegencyAdminCannotForgeAnotherRegencysSignoff() {
        String sls = jdbc.queryForObject("select code from sls where id = ?", String.class, fx.bekasi.slsId());
        Http admin75 = as(TrustFixture.ADMIN75);
        refused(403, "start area-signoff at the acceptance", () -> admin75.postJson("/engine-rest/process-definition/"
                + "key/" + AreaSignoffProcess.KEY + "/start", "{\"businessKey\":\"" + sls + "\",\"variables\":{\""
                + "regencyCode\":{\"value\":\"32.75\"}},\"startInstructions\":[{\"type\":\"startBeforeActivity\","
                + "\"activityId\":\"" + AreaSignoffProcess.TASK_ACCEPT + "\"}]}"));
        refused(403, "start area-signoff plainly", () -> admin75.postJson("/engine-rest/process-definition/key/"
                + AreaSignoffProcess.KEY + "/start", "{}"));
        refused(403, "change the regency of a sign-off", () -> admin75.putJson("/engine-rest/process-instance/"
                + fx.bekasiSignoff + "/variables/regencyCode", "{\"type\":\"String\",\"value\":\"32.75\"}"));
        refused(403, "move a sign-off to acceptance", () -> as("admin").postJson("/engine-rest/process-instance/"
                + fx.bekasiSignoff + "/modification", "{\"instructions\":[{\"type\":\"startBeforeActivity\","
                + "\"activityId\":\"" + AreaSignoffProcess.TASK_ACCEPT + "\"}]}"));
    }

    @Test
    void nobodyCorrelatesTheSystemsMessagesOrStartsInternalProcesses() {
        refused(403, "hijack a district's assignment", () -> as(TrustFixture.STAFF75).postJson("/engine-rest/message",
                "{\"messageName\":\"" + AreaAssignmentProcess.MESSAGE_OFFICERS_DEPLOYED + "\",\"businessKey\":"
                + "\"32.16.01\",\"processVariables\":{\"regencyCode\":{\"value\":\"32.75\"}}}"));
        refused(403, "message in one's own regency", () -> as("admin").postJson("/engine-rest/message",
                "{\"messageName\":\"" + AreaSignoffProcess.MESSAGE_SLS_FAMILIES_FINAL + "\",\"all\":true}"));
        refused(403, "signal", () -> as("admin").postJson("/engine-rest/signal", "{\"name\":\"x\"}"));
        refused(403, "start a household visit", () -> as("admin").postJson("/engine-rest/process-definition/key/"
                + VisitProcess.KEY + "/start", "{}"));
        refused(403, "a PPL starts a campaign", () -> as("ppl1").postJson("/engine-rest/process-definition/key/"
                + "recruitment-campaign/start", "{}"));
        refused(403, "a campaign with a regency variable", () -> as("admin").postJson("/engine-rest/"
                + "process-definition/key/recruitment-campaign/start", vars("regencyCode", "String", "\"32.75\"")));
        refused(403, "a campaign with a business key", () -> as("admin").postJson("/engine-rest/"
                + "process-definition/key/recruitment-campaign/start", "{\"businessKey\":\"32.16-2099\"}"));
    }

    @Test
    void sharedDefinitionsBatchesAndJobsBelongToTheSystemAdministrator() {
        String visitDefinition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(VisitProcess.KEY).latestVersion().singleResult().getId();
        String jobDefinition = engine.getManagementService().createJobDefinitionQuery()
                .processDefinitionId(visitDefinition).list().get(0).getId();
        Http admin75 = as(TrustFixture.ADMIN75);
        refused(403, "suspend a definition", () -> admin75.putJson("/engine-rest/process-definition/"
                + visitDefinition + "/suspended", "{\"suspended\":true,\"includeProcessInstances\":true}"));
        refused(403, "suspend a job definition", () -> admin75.putJson("/engine-rest/job-definition/" + jobDefinition
                + "/suspended", "{\"suspended\":true,\"includeJobs\":true}"));
        refused(403, "history time to live", () -> admin75.putJson("/engine-rest/process-definition/"
                + visitDefinition + "/history-time-to-live", "{\"historyTimeToLive\":1}"));
        refused(403, "delete a definition", () -> admin75.send("DELETE", "/engine-rest/process-definition/"
                + visitDefinition + "?cascade=true"));
        String bekasiVisit = fx.instanceOf(fx.bekasiFamilies.get(2));
        String ids = "{\"processInstanceIds\":[\"" + bekasiVisit + "\"],\"deleteReason\":\"x\"}";
        refused(403, "batch delete", () -> admin75.postJson("/engine-rest/process-instance/delete", ids));
        refused(403, "batch suspend", () -> admin75.putJson("/engine-rest/process-instance/suspended-async",
                "{\"processInstanceIds\":[\"" + bekasiVisit + "\"],\"suspended\":true}"));
        refused(403, "batch modification", () -> admin75.postJson("/engine-rest/modification/executeAsync",
                "{\"processDefinitionId\":\"" + visitDefinition + "\",\"processInstanceIds\":[\"" + bekasiVisit
                + "\"],\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"" + VisitProcess.TASK_VISIT + "\"}]}"));
        refused(403, "batch job retries", () -> admin75.postJson("/engine-rest/job/retries",
                "{\"processInstances\":[\"" + bekasiVisit + "\"],\"retries\":0}"));
        refused(403, "batch history delete", () -> admin75.postJson("/engine-rest/history/process-instance/delete",
                ids));
        refused(403, "delete an instance", () -> as("admin").send("DELETE", "/engine-rest/process-instance/"
                + bekasiVisit));
        refused(403, "a deployment", () -> as("admin").postJson("/engine-rest/deployment/create", "{}"));
        refused(403, "a filter", () -> as("admin").postJson("/engine-rest/filter/create",
                "{\"resourceType\":\"Task\",\"name\":\"x\",\"query\":{}}"));
        refused(403, "a password oracle", () -> as("ppl1").postJson("/engine-rest/identity/verify",
                "{\"username\":\"admin\",\"password\":\"demo\"}"));
        refused(403, "history statistics of every regency", () -> as(TrustFixture.MANAGER75).get("/engine-rest/"
                + "history/process-definition/" + visitDefinition + "/statistics"));
    }

    @Test
    void aRegencyAdminRetriesAFailedJobOfItsOwnRegencyOnly(CapturedOutput output) {
        String bekasiJob = engine.getManagementService().createJobQuery().tenantIdIn("32.16").list().get(0).getId();
        refused(403, "another regency's job", () -> as(TrustFixture.ADMIN75).putJson("/engine-rest/job/"
                + bekasiJob + "/retries", "{\"retries\":5}"));
        HttpResponse<String> own = as("admin").putJson("/engine-rest/job/" + bekasiJob + "/retries",
                "{\"retries\":3}");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(204);
        assertThat(output.getAll()).as("refusals are one line in the log, never a stack trace")
                .doesNotContain("\tat id.regsosek.trust");
    }
}
