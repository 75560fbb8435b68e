package id.regsosek.access;

import id.regsosek.visit.VisitStarter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Access granted: the SLS is unblocked and its families' visits start now (each carrying the allowed hours and the
 * contact as its access note). Asynchronous, so a large block's starts run in a job, not in the person's request.
 */
@Component("grantSlsAccess")
public class GrantAccessDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(GrantAccessDelegate.class);

    private final AccessRows rows;
    private final AccessSubject subject;
    private final VisitStarter visits;

    public GrantAccessDelegate(AccessRows rows, AccessSubject subject, VisitStarter visits) {
        this.rows = rows;
        this.subject = subject;
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccessSubject.Sls sls = subject.of(execution);
        rows.granted(sls.id());
        int started = visits.startVisitsForSls(sls.id());
        log.info("access to SLS {} granted; {} household visits started", sls.code(), started);
    }
}
