package id.regsosek.recruitment.campaign;

import id.regsosek.common.InstanceSubject;
import id.regsosek.recruitment.CampaignProcess;
import id.regsosek.recruitment.Campaigns;
import id.regsosek.recruitment.RecruitmentProcess;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The campaign's service steps, each a thin delegate over {@link CampaignSteps} and {@link Campaigns}. */
@Configuration
public class CampaignDelegates {

    @Bean("planCampaign")
    JavaDelegate planCampaign(CampaignSteps steps) {
        return execution -> {
            CampaignVariables v = new CampaignVariables(execution);
            // The admin's start form names the campaign; checked by plan(), it becomes the instance's subject.
            String campaign = v.string(RecruitmentProcess.CAMPAIGN_KEY);
            Campaigns.Plan plan = steps.plan(execution.getTenantId(), campaign, execution.getProcessInstanceId(),
                    v.string(CampaignProcess.REGISTRATION_OPENS), v.string(CampaignProcess.REGISTRATION_CLOSES),
                    v.string(CampaignProcess.TRAINING_PLACE), v.string(CampaignProcess.TRAINING_START),
                    (Number) execution.getVariable(CampaignProcess.TRAINING_DAYS));
            execution.setProcessBusinessKey(campaign);
            // The opening timer reads it: an empty field on the form means "now".
            execution.setVariable(CampaignProcess.REGISTRATION_OPENS, plan.opens().toString());
        };
    }

    @Bean("openRegistration")
    JavaDelegate openRegistration(Campaigns campaigns) {
        return execution -> campaigns.moveTo(new CampaignVariables(execution).campaign(), Campaigns.OPEN, "opened_at");
    }

    @Bean("closeRegistration")
    JavaDelegate closeRegistration(Campaigns campaigns, CampaignSteps steps) {
        return execution -> {
            String campaign = new CampaignVariables(execution).campaign();
            List<String> districts = steps.districts(execution.getTenantId(), campaign);
            campaigns.moveTo(campaign, Campaigns.CLOSED, "closed_at");
            campaigns.set(campaign, "district_count", districts.size());
            execution.setVariable(CampaignProcess.DISTRICTS, String.join(", ", districts));
        };
    }

    @Bean("publishCampaignResults")
    JavaDelegate publishCampaignResults(Campaigns campaigns, CampaignSteps steps) {
        return execution -> {
            String campaign = new CampaignVariables(execution).campaign();
            campaigns.set(campaign, "selections_done_at", new java.sql.Timestamp(System.currentTimeMillis()));
            steps.publish(execution.getTenantId(), campaign);
        };
    }

    @Bean("planCampaignTraining")
    JavaDelegate planCampaignTraining(CampaignSteps steps) {
        return execution -> {
            CampaignVariables v = new CampaignVariables(execution);
            execution.setVariable(CampaignProcess.CLASSES, steps.planTraining(execution.getTenantId(), v.campaign(),
                    v.string(CampaignProcess.TRAINING_PLACE), LocalDate.parse(v.string(CampaignProcess.TRAINING_START)),
                    ((Number) execution.getVariable(CampaignProcess.TRAINING_DAYS)).intValue()));
            execution.setVariable(CampaignProcess.HANDED_OVER_ALREADY, steps.everyDistrictHandedOver(v.campaign()));
        };
    }

    @Bean("recordCampaignHandover")
    JavaDelegate recordCampaignHandover(Campaigns campaigns) {
        return execution -> campaigns.moveTo(new CampaignVariables(execution).campaign(), Campaigns.HANDED_OVER,
                "handed_over_at");
    }

    /** Typed access to the campaign's variables. */
    record CampaignVariables(DelegateExecution execution) {

        /** The business key the plan step set from the admin's start form, checked against the regency. */
        String campaign() {
            return InstanceSubject.ownedKey(execution);
        }

        String string(String name) {
            Object value = execution.getVariable(name);
            return value == null ? null : value.toString();
        }
    }
}
