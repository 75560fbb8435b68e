package id.regsosek.recruitment.campaign;

import id.regsosek.recruitment.RecruitmentProcess;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The collection of the campaign's multi-instance district selection: the districts with registered candidates,
 * read from our table when registration has closed (a list is never stored as a process variable).
 */
@Component("campaignDistricts")
public class CampaignDistricts {

    private final CampaignSteps steps;

    public CampaignDistricts(CampaignSteps steps) {
        this.steps = steps;
    }

    public List<String> of(DelegateExecution execution) {
        return steps.districts(execution.getTenantId(),
                (String) execution.getVariable(RecruitmentProcess.CAMPAIGN_KEY));
    }
}
