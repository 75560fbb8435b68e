package id.regsosek.recruitment.deployment;

import id.regsosek.mail.Mailer;
import id.regsosek.recruitment.Candidates;
import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.recruitment.RecruitmentSubject;
import id.regsosek.recruitment.RecruitmentVariables;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Queues one recruitment mail (template = input parameter {@code mailTemplate}) in the outbox, in the step's
 * transaction. The contract mail also issues the officer's first-login password in that transaction: the password
 * and the mail that carries it commit together or not at all, and the outbox hides it from staff.
 */
@Component("recruitmentMail")
public class RecruitmentMailDelegate implements JavaDelegate {

    static final String CONTRACT = "recruitment-contract";

    private final Candidates candidates;
    private final OfficerDeployment deployment;
    private final Mailer mailer;
    private final RecruitmentSubject subject;

    public RecruitmentMailDelegate(Candidates candidates, OfficerDeployment deployment, Mailer mailer,
                                   RecruitmentSubject subject) {
        this.subject = subject;
        this.candidates = candidates;
        this.deployment = deployment;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecruitmentVariables v = new RecruitmentVariables(execution);
        String template = v.string(RecruitmentProcess.MAIL_TEMPLATE);
        long candidate = subject.candidateId(execution);
        Map<String, Object> values = new HashMap<>(candidates.mailValues(candidate));
        if (CONTRACT.equals(template)) {
            values.putAll(deployment.issueFirstLogin(candidate));
        }
        Candidates.Candidate c = candidates.get(candidate);
        mailer.send(c.regency(), template, c.email(), values, execution.getProcessBusinessKey());
    }
}
