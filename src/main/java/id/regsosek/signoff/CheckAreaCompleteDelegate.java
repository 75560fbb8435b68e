package id.regsosek.signoff;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Are all families of the SLS final (and at least one recorded)? */
@Component("checkAreaComplete")
public class CheckAreaCompleteDelegate implements JavaDelegate {

    private final SignoffRepository repository;
    private final SignoffSubject subject;

    public CheckAreaCompleteDelegate(SignoffRepository repository, SignoffSubject subject) {
        this.repository = repository;
        this.subject = subject;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(AreaSignoffProcess.VAR_ALL_FINAL,
                repository.allFinal(subject.of(execution).id()));
    }
}
