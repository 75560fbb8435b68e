package id.regsosek.signoff;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The regency office accepted the SLS: it now counts for the handover, which starts with the last one. The
 * {@link SlsAccepted} event is handled synchronously, so the handover starts (or fails) in this transaction.
 */
@Component("recordAreaAccepted")
public class RecordAcceptedDelegate implements JavaDelegate {

    private final SignoffRepository repository;
    private final ApplicationEventPublisher events;
    private final SignoffSubject subject;

    public RecordAcceptedDelegate(SignoffRepository repository, ApplicationEventPublisher events,
                                  SignoffSubject subject) {
        this.repository = repository;
        this.events = events;
        this.subject = subject;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SignoffSubject.Sls sls = subject.of(execution);
        repository.status(sls.id(), sls.regency(), SignoffState.ACCEPTED);
        events.publishEvent(new SlsAccepted(sls.regency(), sls.code()));
    }
}
