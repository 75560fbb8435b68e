package id.regsosek.signoff;

import id.regsosek.ranking.HandoverTrigger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The regency office accepted the SLS: it now counts for the handover, which starts with the last one. */
@Component("recordAreaAccepted")
public class RecordAcceptedDelegate implements JavaDelegate {

    private final SignoffRepository repository;
    private final HandoverTrigger handover;
    private final SignoffSubject subject;

    public RecordAcceptedDelegate(SignoffRepository repository, HandoverTrigger handover, SignoffSubject subject) {
        this.repository = repository;
        this.handover = handover;
        this.subject = subject;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SignoffSubject.Sls sls = subject.of(execution);
        repository.status(sls.id(), sls.regency(), "ACCEPTED");
        handover.slsAccepted(sls.regency());
    }
}
