package id.regsosek.signoff;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Prepares the read-only summary the approval forms show, and moves the SLS to the PML's review. */
@Component("summariseArea")
public class SummariseAreaDelegate implements JavaDelegate {

    private final AreaSummaries summaries;
    private final SignoffRepository repository;
    private final SignoffSubject subject;

    public SummariseAreaDelegate(AreaSummaries summaries, SignoffRepository repository, SignoffSubject subject) {
        this.summaries = summaries;
        this.repository = repository;
        this.subject = subject;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SignoffSubject.Sls sls = subject.of(execution);
        AreaSummary summary = summaries.summarise(sls.id());
        execution.setVariable(AreaSignoffProcess.VAR_SUMMARY, summary.text());
        execution.setVariable(AreaSignoffProcess.VAR_FLAGS, String.join("; ", summary.flags()));
        repository.status(sls.id(), sls.regency(), SignoffState.PML_REVIEW);
    }
}
