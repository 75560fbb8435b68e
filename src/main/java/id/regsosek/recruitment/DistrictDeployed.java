package id.regsosek.recruitment;

import id.regsosek.assignment.AreaAssignmentProcess;
import id.regsosek.identity.SystemCalls;
import id.regsosek.identity.TenantFromRegency;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * When the last selected officer of a district is deployed (or not deployed, after training), the district's
 * area assignment starts (message Message_OfficersDeployed), once: reserves deployed later join the running one.
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
        Integer waiting = jdbc.queryForObject("select count(*) from officer_candidate where campaign_key = ? and"
                + " district_code = ? and outcome = 'SELECTED' and status not in ('DEPLOYED', 'NOT_DEPLOYED', 'LEFT')",
                Integer.class, campaign, district);
        Integer deployed = jdbc.queryForObject("select count(*) from officer where home_district_code = ? and"
                + " status = 'ACTIVE' and role in ('PPL', 'PML')", Integer.class, district);
        if (waiting == null || waiting > 0 || deployed == null || deployed == 0) {
            return false;
        }
        return SystemCalls.asSystem(identity, () -> {
            if (runtime.createProcessInstanceQuery().processDefinitionKey(AreaAssignmentProcess.KEY)
                    .processInstanceBusinessKey(district).count() > 0) {
                return false;
            }
            runtime.createMessageCorrelation(AreaAssignmentProcess.MESSAGE_OFFICERS_DEPLOYED)
                    .processInstanceBusinessKey(district).setVariable(TenantFromRegency.REGENCY_VARIABLE, regency)
                    .setVariable(AreaAssignmentProcess.DISTRICT_CODE, district).correlateStartMessage();
            log.info("district {}: every selected officer settled, area assignment started", district);
            return true;
        });
    }
}
