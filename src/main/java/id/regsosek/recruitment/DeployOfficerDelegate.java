package id.regsosek.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A trainee who passed becomes an active officer with a Camunda user in group ppl or pml. */
@Component("deployOfficer")
public class DeployOfficerDelegate implements JavaDelegate {

    private final OfficerDeployment deployment;

    public DeployOfficerDelegate(OfficerDeployment deployment) {
        this.deployment = deployment;
    }

    @Override
    public void execute(DelegateExecution execution) {
        deployment.deploy(new RecruitmentVariables(execution).candidateId());
    }
}
