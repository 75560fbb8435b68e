package id.regsosek.ranking;

import id.regsosek.identity.SystemCalls;
import org.camunda.bpm.engine.IdentityService;
import id.regsosek.identity.TenantFromRegency;
import id.regsosek.signoff.SlsAccepted;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Starts the regency's handover to ranking when its last SLS is accepted (the sign-off's {@link SlsAccepted} event,
 * handled synchronously in the transaction that accepts it). A handover already started for the campaign, by this or by the admin, is not started again.
 */
@Service
public class HandoverTrigger {

    private static final Logger log = LoggerFactory.getLogger(HandoverTrigger.class);

    private final RuntimeService runtime;
    private final HandoverRuns runs;
    private final String year;

    private final IdentityService identity;

    public HandoverTrigger(RuntimeService runtime, HandoverRuns runs, IdentityService identity,
                           @Value("${regsosek.campaign.year:2022}") String year) {
        this.identity = identity;
        this.runtime = runtime;
        this.runs = runs;
        this.year = year;
    }

    public static String campaignKey(String regency, String year) {
        return regency + "-" + year;
    }

    @EventListener
    public void on(SlsAccepted event) {
        slsAccepted(event.regencyCode());
    }

    /** @return the started handover, or null when SLS are still open or a handover exists already */
    public ProcessInstance slsAccepted(String regency) {
        if (!runs.notAccepted(regency).isEmpty()) {
            return null;
        }
        String campaign = campaignKey(regency, year);
        return SystemCalls.asSystem(identity, () -> {
            if (runtime.createProcessInstanceQuery().processDefinitionKey(RankingHandoverProcess.KEY)
                    .processInstanceBusinessKey(campaign).count() > 0) {
                return null;
            }
            log.info("every SLS of {} accepted: handover {} starts", regency, campaign);
            return runtime.startProcessInstanceByKey(RankingHandoverProcess.KEY, campaign, Map.of(
                    TenantFromRegency.REGENCY_VARIABLE, regency, RankingHandoverProcess.VAR_CAMPAIGN, campaign));
        });
    }
}
