package id.regsosek.signoff;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Prepares the read-only summary the approval forms show, and moves the SLS to the PML's review. */
@Component("summariseArea")
public class SummariseAreaDelegate implements JavaDelegate {

    private final AreaSummaries summaries;
    private final SignoffRepository repository;

    public SummariseAreaDelegate(AreaSummaries summaries, SignoffRepository repository) {
        this.summaries = summaries;
        this.repository = repository;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SignoffVariables v = new SignoffVariables(execution);
        AreaSummary summary = summaries.summarise(v.slsId());
        execution.setVariable(AreaSignoffProcess.VAR_SUMMARY, summary.text());
        execution.setVariable(AreaSignoffProcess.VAR_FLAGS, String.join("; ", summary.flags()));
        repository.status(v.slsId(), v.regency(), "PML_REVIEW");
    }
}
