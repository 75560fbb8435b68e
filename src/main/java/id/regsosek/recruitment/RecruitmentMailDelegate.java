package id.regsosek.recruitment;

import id.regsosek.mail.Mailer;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends one recruitment mail (template = input parameter {@code mailTemplate}). Runs as its own async job with
 * retries: a mail server outage is retried, and the job boundary after it keeps a sent mail from being re-sent.
 * The contract mail also issues the officer's first-login password, in the same job, so a retry issues a new one.
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
        mailer.send(template, candidates.get(candidate).email(), values, execution.getProcessBusinessKey());
    }
}
