package id.regsosek.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.regsosek.support.TestMail;
import id.regsosek.support.AppTest;
import id.regsosek.visit.SlsCompletion;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A sign-off worked the way Tasklist works it (the same REST calls, as the demo users): once an SLS of the demo
 * officers has its families final, pml1 finds "Setujui SLS" in its own list, koseka1 the district step in its group's
 * list, admin the acceptance; each opens the deployed form and submits it.
 */
class SignoffTasklistTest extends AppTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;
    @Autowired
    private SlsCompletion completion;
    @Autowired
    private SignoffStarter starter;

    private JsonNode ok(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 204);
        return r.body().isEmpty() ? null : json.readTree(r.body());
    }

    private String onlyTask(String user, String query, String formField) throws Exception {
        JsonNode tasks = ok(http(user).get("/engine-rest/task?processDefinitionKey=" + AreaSignoffProcess.KEY + query));
        assertThat(tasks).as(user + " sees the task").hasSize(1);
        String id = tasks.get(0).get("id").asText();
        assertThat(ok(http(user).get("/engine-rest/task/" + id + "/deployed-form")).toString()).contains(formField);
        return id;
    }

    private void runJobs(String processInstanceId) {
        management.createJobQuery().processInstanceId(processInstanceId).list()
                .forEach(j -> management.executeJob(j.getId()));
        management.createJobQuery().processInstanceId(processInstanceId).list()
                .forEach(j -> management.executeJob(j.getId()));
    }

    @Test
    void pml1Koseka1AndAdminSignTheDemoAreaOffInTasklist() throws Exception {
        // An SLS of its own covered by the demo officers ppl1 / pml1 (the demo's own SLS stays for the visit tests).
        long ppl = jdbc.queryForObject("select id from officer where user_id = 'ppl1'", Long.class);
        long pml = jdbc.queryForObject("select id from officer where user_id = 'pml1'", Long.class);
        long slsId = jdbc.queryForObject("select s.id from sls s where s.district_code = '32.16.01' and not exists"
                + " (select 1 from sls_assignment a where a.sls_id = s.id) order by s.code desc fetch first 1 rows only",
                Long.class);
        jdbc.update("insert into sls_assignment (sls_id, regency_code, district_code, ppl_officer_id, pml_officer_id,"
                + " status, approved_at) values (?, '32.16', '32.16.01', ?, ?, 'APPROVED', current_timestamp)", slsId,
                ppl, pml);
        for (int i = 1; i <= 2; i++) {
            jdbc.update("insert into family (regency_code, sls_id, head_name, origin) values ('32.16', ?, ?,"
                    + " 'PRELIST')", slsId, "Keluarga Tasklist " + i);
        }
        String slsCode = jdbc.queryForObject("select code from sls where id = ?", String.class, slsId);
        String signoff = starter.startForSls(slsId).getId();
        // The families' visits end (their Tasklist path is tested with the visits): each becomes final the way a
        // visit makes it final, and the last one tells the sign-off.
        for (Long family : jdbc.queryForList("select id from family where sls_id = ?", Long.class, slsId)) {
            completion.finish(family, 1);
        }

        String pmlTask = onlyTask("pml1", "&assignee=pml1&processInstanceBusinessKey=" + slsCode, "pmlDecision");
        ok(http("pml1").postJson("/engine-rest/task/" + pmlTask + "/submit-form",
                "{\"variables\":{\"pmlDecision\":{\"value\":\"APPROVE\",\"type\":\"String\"}}}"));
        runJobs(signoff);
        String kosekaTask = onlyTask("koseka1", "&candidateGroups=koseka&processInstanceBusinessKey=" + slsCode,
                "kosekaDecision");
        ok(http("koseka1").postJson("/engine-rest/task/" + kosekaTask + "/submit-form",
                "{\"variables\":{\"kosekaDecision\":{\"value\":\"APPROVE\",\"type\":\"String\"}}}"));
        runJobs(signoff);
        String adminTask = onlyTask("admin", "&candidateGroups=regency-admin&processInstanceBusinessKey=" + slsCode,
                "adminNote");
        assertThat(http("pml1").postJson("/engine-rest/task/" + adminTask + "/submit-form", "{\"variables\":{}}")
                .statusCode()).as("pml1 may not accept for the regency").isGreaterThanOrEqualTo(400);
        ok(http("admin").postJson("/engine-rest/task/" + adminTask + "/submit-form", "{\"variables\":{}}"));

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(signoff).count()).isZero();
        assertThat(jdbc.queryForObject("select status from sls_signoff where sls_id = ?", String.class, slsId))
                .isEqualTo(SignoffState.ACCEPTED.name());
    }
}
