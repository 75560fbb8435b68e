package id.regsosek.recruitment;

import id.regsosek.identity.TenantFromRegency;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** Starts a district's selection once its candidates are scored (by staff over HTTP or by the campaign). */
@Service
public class SelectionStarter {

    private final RuntimeService runtime;

    public SelectionStarter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public String start(String regency, String campaign, String district) {
        String key = SelectionProcess.businessKey(campaign, district);
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
    }
}
