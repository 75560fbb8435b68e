package id.regsosek.signoff;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the regency admins an SLS awaits acceptance (own async step: a mail outage is retried). */
@Component("mailSignoffRegencyAdmin")
public class MailRegencyAdminDelegate implements JavaDelegate {

    private final SignoffMails mails;

    public MailRegencyAdminDelegate(SignoffMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SignoffVariables v = new SignoffVariables(execution);
        mails.mailRegencyAdmins(v.regency(), execution.getProcessBusinessKey(), v.summary());
    }
}
