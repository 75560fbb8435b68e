package id.regsosek.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Queues the area-list mail of every officer concerned in the outbox: after an approval the district's covering
 * officers, after a dropout those who received its SLS, read from our rows (a district's officers are too many
 * for a string variable). It runs in the same transaction as the step before it, so the field work that follows
 * never waits for a mail server.
 */
@Component("mailAreaList")
public class MailAreaListDelegate implements JavaDelegate {

    private final AreaListMail mail;
    private final AreaListRecipients recipients;

    public MailAreaListDelegate(AreaListMail mail, AreaListRecipients recipients) {
        this.mail = mail;
        this.recipients = recipients;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean reassignment = execution.getCurrentActivityId().equals(AreaAssignmentProcess.TASK_MAIL_REASSIGNMENT);
        String template = reassignment ? AreaListMail.TEMPLATE_REASSIGNED : AreaListMail.TEMPLATE_APPROVED;
        for (long officerId : reassignment ? recipients.afterDropout(execution) : recipients.approved(execution)) {
            mail.send(template, officerId);
        }
    }
}
