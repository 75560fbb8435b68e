package id.regsosek.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.frame.FrameImports;
import id.regsosek.support.AppTest;
import id.regsosek.support.SecondRegency;
import id.regsosek.support.TestProcesses;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two regencies side by side: neither sees the other's tasks, instances, history or area rows. */
class TenantIsolationTest extends AppTest {

    private static final String PROBE = TestProcesses.TENANT_PROBE;

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private FrameImports imports;
    @Autowired
    private RegencyUsers users;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;

    private ProcessInstance bekasi;
    private ProcessInstance kota;

    @BeforeEach
    void twoRegenciesWithOneInstanceEach() {
        SecondRegency.ensure(imports, users);
        TestProcesses.deploy(repository, TestProcesses.TENANT_PROBE);
        bekasi = runtime.startProcessInstanceByKey(PROBE, Map.of(TenantFromRegency.REGENCY_VARIABLE, "32.16"));
        kota = runtime.startProcessInstanceByKey(PROBE, Map.of(TenantFromRegency.REGENCY_VARIABLE, "32.75"));
    }

    private List<String> field(HttpResponse<String> response, String name) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> values = new ArrayList<>();
        json.readTree(response.body()).forEach(n -> values.add(n.path(name).asText()));
        return values;
    }

    @Test
    void instancesCarryTheirRegencyAsTenant() {
        assertThat(bekasi.getTenantId()).isEqualTo("32.16");
        assertThat(kota.getTenantId()).isEqualTo("32.75");
    }

    @Test
    void restTaskInstanceAndHistoryQueriesShowOnlyTheCallersRegency() throws Exception {
        String q = "?processDefinitionKey=" + PROBE;
        assertThat(field(http("admin").get("/engine-rest/task" + q), "tenantId")).isNotEmpty().containsOnly("32.16");
        assertThat(field(new id.regsosek.support.Http("http://localhost:" + port, SecondRegency.ADMIN, "demo")
                .get("/engine-rest/task" + q), "tenantId")).isNotEmpty().containsOnly("32.75");
        assertThat(field(http("admin").get("/engine-rest/process-instance" + q), "id"))
                .contains(bekasi.getId()).doesNotContain(kota.getId());
        assertThat(field(http("admin").get("/engine-rest/history/process-instance" + q), "id"))
                .contains(bekasi.getId()).doesNotContain(kota.getId());
    }

    @Test
    void anotherRegencysInstanceIsInvisibleEvenByItsId() {
        HttpResponse<String> r = http("admin").get("/engine-rest/process-instance/" + kota.getId());
        assertThat(r.statusCode()).isEqualTo(404);
    }

    @Test
    void nobodyStartsWorkInAnotherRegency() {
        HttpResponse<String> r = admin75().postJson("/engine-rest/process-definition/key/" + PROBE + "/start",
                "{\"variables\":{\"regencyCode\":{\"value\":\"32.16\",\"type\":\"String\"}}}");
        // A person sends only what the start form declares: the regency is never one of them.
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("regencyCode").contains("tidak ada di formulir");
    }

    @Test
    void ownEndpointsAreScopedToTheCallersRegency() throws Exception {
        JsonNode districts = json.readTree(admin75().get("/api/frame/districts").body());
        assertThat(districts).hasSize(12);
        districts.forEach(d -> assertThat(d.get("code").asText()).startsWith("32.75."));
        HttpResponse<String> foreign = admin75().get("/api/frame/villages/32.16.01.2001/sls");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("regency 32.16 is not yours (you work for 32.75)");
    }

    private id.regsosek.support.Http admin75() {
        return new id.regsosek.support.Http("http://localhost:" + port, SecondRegency.ADMIN, SecondRegency.PASSWORD);
    }
}
