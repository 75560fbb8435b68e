package id.regsosek.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One officer's area-list mail (one async job per officer, so a retry never re-sends the others'). */
@Component("mailAreaList")
public class MailAreaListDelegate implements JavaDelegate {

    private final AreaListMail mail;

    public MailAreaListDelegate(AreaListMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String template = execution.getCurrentActivityId().equals(AreaAssignmentProcess.TASK_MAIL_REASSIGNMENT)
                ? AreaListMail.TEMPLATE_REASSIGNED : AreaListMail.TEMPLATE_APPROVED;
        mail.send(template, AssignmentVariables.longValue(execution, AreaAssignmentProcess.MAIL_OFFICER_ID));
    }
}
