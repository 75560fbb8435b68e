package id.regsosek.recruitment;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The campaign's three service steps, each a thin delegate over {@link CampaignSteps}. */
@Configuration
public class CampaignDelegates {

    @Bean("openRegistration")
    JavaDelegate openRegistration(CampaignSteps steps) {
        return execution -> steps.check(execution.getTenantId(), campaign(execution),
                (String) execution.getVariable(CampaignProcess.REGISTRATION_CLOSES),
                (String) execution.getVariable(CampaignProcess.TRAINING_START),
                (Number) execution.getVariable(CampaignProcess.TRAINING_DAYS));
    }

    @Bean("startDistrictSelections")
    JavaDelegate startDistrictSelections(CampaignSteps steps) {
        return execution -> execution.setVariable(CampaignProcess.DISTRICTS,
                String.join(", ", steps.startSelections(execution.getTenantId(), campaign(execution))));
    }

    @Bean("planCampaignTraining")
    JavaDelegate planCampaignTraining(CampaignSteps steps) {
        return execution -> execution.setVariable(CampaignProcess.CLASSES, steps.planTraining(
                execution.getTenantId(), campaign(execution),
                (String) execution.getVariable(CampaignProcess.TRAINING_PLACE),
                LocalDate.parse((String) execution.getVariable(CampaignProcess.TRAINING_START)),
                ((Number) execution.getVariable(CampaignProcess.TRAINING_DAYS)).intValue()));
    }

    /** From the admin's start form (Tasklist starts have no business key). */
    private static String campaign(DelegateExecution execution) {
        return (String) execution.getVariable(RecruitmentProcess.CAMPAIGN_KEY);
    }
}
