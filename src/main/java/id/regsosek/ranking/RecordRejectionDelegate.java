package id.regsosek.ranking;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Publication rejected by the admin (the reason stays in the task's history): the run says so. */
@Component("recordPublicationRejected")
public class RecordRejectionDelegate implements JavaDelegate {

    private final HandoverRuns runs;

    public RecordRejectionDelegate(HandoverRuns runs) {
        this.runs = runs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        runs.status(HandoverVariables.of(execution).campaign(), "REJECTED");
    }
}
