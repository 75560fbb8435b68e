package id.regsosek.recruitment.deployment;

import id.regsosek.assignment.AreaAssignmentProcess;
import id.regsosek.identity.SystemCalls;
import id.regsosek.identity.TenantFromRegency;
import id.regsosek.recruitment.CampaignProcess;
import id.regsosek.recruitment.RecruitmentProcess;
import java.sql.Timestamp;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * When the last selected officer of a district is settled (deployed, or not deployed after training, whether or
 * not a reserve could replace it), the district's area assignment starts (message Message_OfficersDeployed),
 * once: reserves deployed later join the running one. When every district of a campaign has handed over, the
 * campaign process (if there is one) is told.
 */
@Service
public class DistrictDeployed {

    private static final Logger log = LoggerFactory.getLogger(DistrictDeployed.class);

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final IdentityService identity;

    public DistrictDeployed(JdbcTemplate jdbc, RuntimeService runtime, IdentityService identity) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.identity = identity;
    }

    /** @return whether the district's area assignment was started now */
    public boolean officerSettled(String regency, String campaign, String district) {
        // Two candidates settling at once (two jobs) each see the other as waiting without this lock, and neither
        // would start the assignment: the district's row serialises them, the second one sees the first committed.
        jdbc.queryForList("select id from district_selection where campaign_key = ? and district_code = ?"
                + " for update", Long.class, campaign, district);
        Integer waiting = jdbc.queryForObject("select count(*) from officer_candidate where campaign_key = ? and"
                + " district_code = ? and outcome = 'SELECTED' and status not in ('DEPLOYED', 'NOT_DEPLOYED', 'LEFT')",
                Integer.class, campaign, district);
        if (waiting == null || waiting > 0) {
            return false;
        }
        // The proposal needs both roles: a district left without PPL or without PML stays with the regency admin
        // (its reserve-exhausted task), who starts the assignment once the district has officers again.
        Integer roles = jdbc.queryForObject("select count(distinct role) from officer where home_district_code = ?"
                + " and status = 'ACTIVE' and role in ('PPL', 'PML')", Integer.class, district);
        if (roles == null || roles < 2) {
            log.warn("district {}: every selected officer settled but not both PPL and PML deployed; area assignment"
                    + " not started", district);
            return false;
        }
        return SystemCalls.asSystem(identity, () -> {
            if (runtime.createProcessInstanceQuery().processDefinitionKey(AreaAssignmentProcess.KEY)
                    .processInstanceBusinessKey(district).count() > 0) {
                // Started by the admin already: the district's officers are handed over all the same.
                handedOver(regency, campaign, district);
                return false;
            }
            runtime.createMessageCorrelation(AreaAssignmentProcess.MESSAGE_OFFICERS_DEPLOYED)
                    .processInstanceBusinessKey(district).setVariable(TenantFromRegency.REGENCY_VARIABLE, regency)
                    .setVariable(AreaAssignmentProcess.DISTRICT_CODE, district).correlateStartMessage();
            log.info("district {}: every selected officer settled, area assignment started", district);
            handedOver(regency, campaign, district);
            return true;
        });
    }

    private void handedOver(String regency, String campaign, String district) {
        if (jdbc.update("update district_selection set handed_over_at = ? where campaign_key = ? and"
                + " district_code = ? and handed_over_at is null", Timestamp.from(Instant.now()), campaign,
                district) == 0) {
            return;
        }
        // Two districts handing over at once: the campaign's row makes the second count see the first.
        if (jdbc.queryForList("select state from recruitment_campaign where campaign_key = ? for update",
                String.class, campaign).isEmpty()) {
            return;
        }
        Integer left = jdbc.queryForObject("select count(*) from district_selection where campaign_key = ? and"
                + " handed_over_at is null", Integer.class, campaign);
        if (left != null && left == 0) {
            // A campaign not waiting yet (training planned by hand before it) is not told: nothing fails.
            int told = runtime.createMessageCorrelation(CampaignProcess.MSG_HANDED_OVER).tenantId(regency)
                    .processInstanceVariableEquals(RecruitmentProcess.CAMPAIGN_KEY, campaign)
                    .correlateAllWithResult().size();
            log.info("campaign {}: every district handed to area assignment ({} campaign instance told)", campaign,
                    told);
        }
    }
}
