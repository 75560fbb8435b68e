package id.regsosek.signoff;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the district's Koseka an SLS awaits approval (own async step: a mail outage is retried). */
@Component("mailSignoffKoseka")
public class MailKosekaDelegate implements JavaDelegate {

    private final SignoffMails mails;
    private final SignoffSubject subject;

    public MailKosekaDelegate(SignoffMails mails, SignoffSubject subject) {
        this.mails = mails;
        this.subject = subject;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SignoffVariables v = new SignoffVariables(execution);
        SignoffSubject.Sls sls = subject.of(execution);
        mails.mailKoseka(sls.regency(), sls.district(), sls.code(), v.summary());
    }
}
