package id.regsosek.signoff;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the district's Koseka an SLS awaits approval (own async step: a mail outage is retried). */
@Component("mailSignoffKoseka")
public class MailKosekaDelegate implements JavaDelegate {

    private final SignoffMails mails;

    public MailKosekaDelegate(SignoffMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SignoffVariables v = new SignoffVariables(execution);
        mails.mailKoseka(v.regency(), v.district(), execution.getProcessBusinessKey(), v.summary());
    }
}
