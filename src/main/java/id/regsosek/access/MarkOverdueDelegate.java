package id.regsosek.access;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The arrangement's deadline passed: the SLS is flagged overdue (the dashboard shows it so), while the regency
 * admin's task stays open: the families are still to be visited once the letter gets the officers in.
 */
@Component("markSlsAccessOverdue")
public class MarkOverdueDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(MarkOverdueDelegate.class);

    private final AccessRows rows;
    private final AccessSubject subject;

    public MarkOverdueDelegate(AccessRows rows, AccessSubject subject) {
        this.rows = rows;
        this.subject = subject;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccessSubject.Sls sls = subject.of(execution);
        rows.overdue(sls.id());
        log.warn("access to SLS {} still not arranged after its deadline", sls.code());
    }
}
