package id.regsosek.recruitment.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.bench.SyntheticTrainees;
import id.regsosek.identity.Groups;
import id.regsosek.support.AppTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Many officers at once: rows and logins (group by role, regency tenant), nobody twice, only the selected. */
class OfficerBulkDeploymentTest extends AppTest {

    @Autowired
    OfficerBulkDeployment bulk;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deploysTheSelectedOnceWithLoginsInTheirRolesGroupAndRegency() {
        String campaign = "BULK-" + UUID.randomUUID().toString().substring(0, 6);
        // The benchmark's trainees, made by hand: its beans exist only when a benchmark command runs.
        List<String> regs = new ArrayList<>(new SyntheticTrainees(jdbc).add("32.16", campaign, 12));
        jdbc.update("update officer_candidate set status = 'RESERVE' where campaign_key = ? and registration_no = ?",
                campaign, regs.get(11));

        assertThat(bulk.deployAll("32.16", campaign, regs)).isEqualTo(11);
        assertThat(bulk.deployAll("32.16", campaign, regs)).isZero();

        assertThat(jdbc.queryForObject("select count(*) from officer o join officer_candidate c on c.id ="
                + " o.candidate_id where c.campaign_key = ?", Integer.class, campaign)).isEqualTo(11);
        String pml = OfficerDeployment.userId(regs.get(0));
        String ppl = OfficerDeployment.userId(regs.get(1));
        assertThat(identity.createUserQuery().userId(pml).memberOfGroup(Groups.PML).count()).isEqualTo(1);
        assertThat(identity.createUserQuery().userId(ppl).memberOfGroup(Groups.PPL).count()).isEqualTo(1);
        assertThat(identity.createTenantQuery().userMember(ppl).tenantId("32.16").count()).isEqualTo(1);
        assertThat(identity.createUserQuery().userId(OfficerDeployment.userId(regs.get(11))).count()).isZero();
        // Nobody knows the password until the contract mail issues the first one.
        assertThat(identity.checkPassword(ppl, "")).isFalse();
        assertThat(identity.checkPassword(ppl, "demo")).isFalse();
    }
}
