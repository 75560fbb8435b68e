package id.regsosek.recruitment.selection;

import id.regsosek.identity.SystemCalls;
import id.regsosek.identity.TenantFromRegency;
import id.regsosek.recruitment.Campaigns;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** Starts a district's selection by hand (staff over HTTP) for a campaign key run without a campaign process. */
@Service
public class SelectionStarter {

    private final RuntimeService runtime;
    private final Campaigns campaigns;

    private final IdentityService identity;

    public SelectionStarter(RuntimeService runtime, Campaigns campaigns, IdentityService identity) {
        this.identity = identity;
        this.runtime = runtime;
        this.campaigns = campaigns;
    }

    public String start(String regency, String campaign, String district) {
        Campaigns.requireKey(regency, campaign);
        // A campaign process starts every district's selection itself (and waits for them): no second one by hand.
        campaigns.find(campaign).ifPresent(c -> {
            throw new IllegalStateException("campaign " + campaign + " starts every district's selection itself"
                    + " when its registration closes (" + c.closes() + "); state now " + c.state());
        });
        String key = SelectionProcess.businessKey(campaign, district);
        return SystemCalls.asSystem(identity, () -> {
            if (runtime.createProcessInstanceQuery().processDefinitionKey(SelectionProcess.KEY)
                    .processInstanceBusinessKey(key).tenantIdIn(regency).count() > 0) {
                throw new IllegalStateException("the selection of district " + district + " in " + campaign
                        + " is already running");
            }
            return runtime.createProcessInstanceByKey(SelectionProcess.KEY).businessKey(key)
                    .setVariable(TenantFromRegency.REGENCY_VARIABLE, regency)
                    .setVariable(SelectionProcess.CAMPAIGN_KEY, campaign)
                    .setVariable(SelectionProcess.DISTRICT_CODE, district)
                    .execute().getId();
        });
    }
}
