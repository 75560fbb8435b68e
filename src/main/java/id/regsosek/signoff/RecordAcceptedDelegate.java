package id.regsosek.signoff;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The regency office accepted the SLS: it now counts for the handover to ranking. */
@Component("recordAreaAccepted")
public class RecordAcceptedDelegate implements JavaDelegate {

    private final SignoffRepository repository;

    public RecordAcceptedDelegate(SignoffRepository repository) {
        this.repository = repository;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SignoffVariables v = new SignoffVariables(execution);
        repository.status(v.slsId(), v.regency(), "ACCEPTED");
    }
}
