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

    public RecordAcceptedDelegate(SignoffRepository repository, HandoverTrigger handover) {
        this.repository = repository;
        this.handover = handover;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SignoffVariables v = new SignoffVariables(execution);
        repository.status(v.slsId(), v.regency(), "ACCEPTED");
        handover.slsAccepted(v.regency());
    }
}
