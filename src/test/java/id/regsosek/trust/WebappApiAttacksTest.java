package id.regsosek.trust;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.assignment.AreaAssignmentProcess;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.signoff.SignoffStarter;
import id.regsosek.support.AppTest;
import id.regsosek.support.WebappSession;
import id.regsosek.visit.VisitProcess;
import id.regsosek.visit.VisitStarter;
import java.net.http.HttpResponse;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same attacks through the webapps' own copy of the engine API, as Tasklist and Cockpit send them: a logged-in
 * session with its cookie and the webapps' XSRF token. And the webapps' logout: only with that token.
 */
class WebappApiAttacksTest extends AppTest {

    private static final String E = WebappSession.ENGINE;

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

    private static TrustFixture fx;

    @BeforeEach
    void twoRegencies() {
        if (fx == null) {
            fx = TrustFixture.shared(engine, jdbc, imports, users, visits, signoffs);
        }
    }

    private void refused(int status, String attack, Supplier<HttpResponse<String>> send) {
        DatabaseSnapshot before = DatabaseSnapshot.take(jdbc);
        HttpResponse<String> r = send.get();
        assertThat(r.statusCode()).as(attack + ": " + r.body()).isEqualTo(status);
        before.assertUnchanged(jdbc, attack);
    }

    @Test
    void aPplSessionCanNeitherSendSystemVariablesNorSetThem() {
        WebappSession ppl75 = WebappSession.login(port, fx.kota.pplUser(), "demo");
        String own = fx.visitTask(fx.kotaFamilies.get(0)).getId();
        String foreign = String.valueOf(fx.bekasiFamilies.get(0));
        refused(403, "submit-form with familyId", () -> ppl75.postJson(E + "/task/" + own + "/submit-form",
                "{\"variables\":{\"familyId\":{\"type\":\"Long\",\"value\":" + foreign + "},\"resultCode\":"
                + "{\"value\":\"5\"},\"visitedAt\":{\"value\":\"2022-10-20T09:30\"}}}"));
        refused(403, "PUT a task variable", () -> ppl75.putJson(E + "/task/" + own + "/variables/familyId",
                "{\"type\":\"Long\",\"value\":" + foreign + "}"));
        refused(403, "another regency's task", () -> ppl75.postJson(E + "/task/" + fx.visitTask(
                fx.bekasiFamilies.get(0)).getId() + "/submit-form", "{\"variables\":{\"resultCode\":{\"value\":"
                + "\"5\"},\"visitedAt\":{\"value\":\"2022-10-20T09:30\"}}}"));
    }

    @Test
    void anAdminSessionCannotCorrelateSuspendOrBatch() {
        WebappSession admin75 = WebappSession.login(port, TrustFixture.ADMIN75, "demo");
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(VisitProcess.KEY).latestVersion().singleResult().getId();
        refused(403, "hijack a district's assignment", () -> admin75.postJson(E + "/message", "{\"messageName\":\""
                + AreaAssignmentProcess.MESSAGE_OFFICERS_DEPLOYED + "\",\"businessKey\":\"32.16.01\"}"));
        refused(403, "suspend a shared definition", () -> admin75.putJson(E + "/process-definition/" + definition
                + "/suspended", "{\"suspended\":true,\"includeProcessInstances\":true}"));
        refused(403, "batch delete another regency's instance", () -> admin75.postJson(E + "/process-instance/delete",
                "{\"processInstanceIds\":[\"" + fx.instanceOf(fx.bekasiFamilies.get(2)) + "\"]}"));
        refused(403, "the webapp's own login (single sign-on only)", () -> admin75.postJson(
                "/camunda/api/admin/auth/user/default/login/cockpit", "{}"));
    }

    @Test
    void logoutNeedsTheWebappsToken() {
        WebappSession ppl = WebappSession.login(port, "ppl1", "demo");
        HttpResponse<String> forged = ppl.send("POST", "/camunda/api/admin/auth/user/default/logout", false);
        assertThat(forged.statusCode()).as("logout without the token").isEqualTo(403);
        assertThat(ppl.get("/camunda/api/admin/auth/user/default").statusCode()).as("still logged in")
                .isEqualTo(200);
        HttpResponse<String> real = ppl.send("POST", "/camunda/api/admin/auth/user/default/logout", true);
        assertThat(real.statusCode()).as(real.body()).isBetween(200, 302);
        assertThat(ppl.get("/camunda/api/admin/auth/user/default").statusCode()).as("logged out")
                .isIn(302, 401, 403);
    }
}
