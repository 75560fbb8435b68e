package id.regsosek.signoff;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the regency admins an SLS awaits acceptance (own async step: a mail outage is retried). */
@Component("mailSignoffRegencyAdmin")
public class MailRegencyAdminDelegate implements JavaDelegate {

    private final SignoffMails mails;
    private final SignoffSubject subject;

    public MailRegencyAdminDelegate(SignoffMails mails, SignoffSubject subject) {
        this.mails = mails;
        this.subject = subject;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SignoffVariables v = new SignoffVariables(execution);
        SignoffSubject.Sls sls = subject.of(execution);
        mails.mailRegencyAdmins(sls.regency(), sls.code(), v.summary());
    }
}
