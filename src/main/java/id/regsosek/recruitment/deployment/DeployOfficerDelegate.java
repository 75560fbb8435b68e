package id.regsosek.recruitment.deployment;

import id.regsosek.recruitment.RecruitmentSubject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A trainee who passed becomes an active officer with a Camunda user in group ppl or pml. */
@Component("deployOfficer")
public class DeployOfficerDelegate implements JavaDelegate {

    private final OfficerDeployment deployment;
    private final RecruitmentSubject subject;

    public DeployOfficerDelegate(OfficerDeployment deployment, RecruitmentSubject subject) {
        this.deployment = deployment;
        this.subject = subject;
    }

    @Override
    public void execute(DelegateExecution execution) {
        deployment.deploy(subject.candidateId(execution));
    }
}
