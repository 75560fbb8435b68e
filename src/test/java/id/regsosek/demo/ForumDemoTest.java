package id.regsosek.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.identity.Groups;
import id.regsosek.support.AppTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's village official: desa1 (password demo) of group village-official in 32.16, bound to the village of
 * the demo's families, and kept to its tasks over REST (no process start).
 */
class ForumDemoTest extends AppTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private IdentityService identity;

    @Test
    void desa1IsTheOfficialOfTheDemoFamiliesVillage() {
        assertThat(identity.createUserQuery().userId(ForumDemo.OFFICIAL).memberOfGroup(Groups.VILLAGE_OFFICIAL)
                .memberOfTenant("32.16").count()).isEqualTo(1);
        String village = jdbc.queryForObject("select village_code from village_official where user_id = ?",
                String.class, ForumDemo.OFFICIAL);
        assertThat(jdbc.queryForObject("select count(*) from family f join sls s on s.id = f.sls_id where"
                + " s.village_code = ? and f.head_name like 'Keluarga Demo %'", Integer.class, village))
                .isEqualTo(VisitDemo.FAMILIES);
        assertThat(http(ForumDemo.OFFICIAL).get("/engine-rest/task").statusCode()).isEqualTo(200);
        assertThat(http(ForumDemo.OFFICIAL).postJson("/engine-rest/process-definition/key/tidak-ada/start", "{}")
                .headers().firstValue("X-Regsosek-Refused")).isPresent();
        // Staff get past the allowlist (the engine answers: no such process), so the allowlist refused desa1.
        assertThat(http("ppl1").postJson("/engine-rest/process-definition/key/tidak-ada/start", "{}")
                .headers().firstValue("X-Regsosek-Refused")).isEmpty();
    }
}
