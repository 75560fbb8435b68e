package id.regsosek.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Queues every listed officer's area-list mail in the outbox. It runs in the same transaction as the step that
 * listed them (approval, or moving a dropout's tasks), so the list is the system's own, and the field work that
 * follows never waits for a mail server.
 */
@Component("mailAreaList")
public class MailAreaListDelegate implements JavaDelegate {

    private final AreaListMail mail;
    private final AssignmentVariables variables;

    public MailAreaListDelegate(AreaListMail mail, AssignmentVariables variables) {
        this.mail = mail;
        this.variables = variables;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean reassignment = execution.getCurrentActivityId().equals(AreaAssignmentProcess.TASK_MAIL_REASSIGNMENT);
        String template = reassignment ? AreaListMail.TEMPLATE_REASSIGNED : AreaListMail.TEMPLATE_APPROVED;
        String list = AssignmentVariables.string(execution, reassignment ? AreaAssignmentProcess.NEW_OFFICER_IDS
                : AreaAssignmentProcess.OFFICER_IDS);
        for (long officerId : variables.ids(list)) {
            mail.send(template, officerId);
        }
    }
}
