package id.regsosek;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.frame.AreaFiles;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.identity.TenantFromRegency;
import id.regsosek.support.Http;
import id.regsosek.support.PostgresTest;
import id.regsosek.support.SecondRegency;
import id.regsosek.support.TestProcesses;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The foundation on the postgres profile: boot, frame and SLS imports over HTTP, login and tenant isolation. */
class FoundationIT extends PostgresTest {

    private static final String ADMIN = "admin-pg";
    private static final String PASSWORD = "rahasia-pg";

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private FrameImports imports;
    @Autowired
    private RegencyUsers users;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;

    @BeforeEach
    void bekasiFrameAndItsAdmin() throws Exception {
        AreaFiles bekasi = new AreaFiles(resource("demo/idn-area/regencies.csv"),
                resource("demo/idn-area/districts.csv"), resource("demo/idn-area/villages.csv"));
        assertThat(imports.importArea("32.16", bekasi, "it").state()).isEqualTo("DONE");
        users.ensure(new RegencyUsers.NewUser(ADMIN, "Admin", "PG", null, PASSWORD, Groups.REGENCY_ADMIN, "32.16"));
        SecondRegency.ensure(imports, users);
    }

    private Http admin() {
        return http(ADMIN, PASSWORD);
    }

    @Test
    void runsOnPostgresqlWithItsOwnSchema() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void anonymousRestIsRefusedAndTheGroupsAreListed() throws Exception {
        assertThat(http(null, null).get("/engine-rest/group").statusCode()).isEqualTo(401);
        JsonNode groups = json.readTree(admin().get("/engine-rest/group").body());
        assertThat(groups.findValuesAsText("id")).contains("recruitment-staff", "ppl", "pml", "koseka",
                "regency-admin", "manager");
    }

    @Test
    void theDemoSlsFileImportsOverHttpAtomicallyAndIdempotently() throws Exception {
        byte[] sls = resource("demo/sls-32.16.csv");
        JsonNode first = json.readTree(admin().upload("/api/frame/import/sls", "file", "sls.csv", sls).body());
        assertThat(first.get("state").asText()).isEqualTo("DONE");
        JsonNode again = json.readTree(admin().upload("/api/frame/import/sls", "file", "sls.csv", sls).body());
        assertThat(again.get("inserted").asInt() + again.get("updated").asInt()).isZero();
        int stored = jdbc.queryForObject("select count(*) from sls where regency_code = '32.16'", Integer.class);
        assertThat(stored).isEqualTo(again.get("unchanged").asInt()).isBetween(4150, 4300);

        String broken = new String(sls, StandardCharsets.UTF_8).replaceFirst(",SLS,(\\d+)\n", ",SLS,x$1\n")
                .replace("RT 001 RW 001", "RT 001 RW 001 (baru)");
        HttpResponse<String> rejected = admin().upload("/api/frame/import/sls", "file", "sls.csv",
                broken.getBytes(StandardCharsets.UTF_8));
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(jdbc.queryForObject("select count(*) from sls where name like '%(baru)%'", Integer.class))
                .isZero();

        JsonNode districts = json.readTree(admin().get("/api/frame/districts").body());
        assertThat(districts).hasSize(23);
        int villages = 0;
        for (JsonNode d : districts) {
            villages += d.get("villages").asInt();
        }
        assertThat(villages).isEqualTo(187);
    }

    @Test
    void regenciesDoNotSeeEachOthersWork() throws Exception {
        TestProcesses.deploy(repository, TestProcesses.TENANT_PROBE);
        String kota = runtime.startProcessInstanceByKey(TestProcesses.TENANT_PROBE,
                Map.of(TenantFromRegency.REGENCY_VARIABLE, SecondRegency.CODE)).getId();
        String bekasi = runtime.startProcessInstanceByKey(TestProcesses.TENANT_PROBE,
                Map.of(TenantFromRegency.REGENCY_VARIABLE, "32.16")).getId();
        JsonNode seen = json.readTree(admin().get("/engine-rest/process-instance?processDefinitionKey=" + TestProcesses.TENANT_PROBE)
                .body());
        assertThat(seen.findValuesAsText("id")).contains(bekasi).doesNotContain(kota);
        assertThat(http(SecondRegency.ADMIN, SecondRegency.PASSWORD).get("/api/frame/villages/32.16.01.2001/sls")
                .statusCode()).isEqualTo(403);
    }

    private static byte[] resource(String path) throws Exception {
        try (InputStream in = FoundationIT.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
