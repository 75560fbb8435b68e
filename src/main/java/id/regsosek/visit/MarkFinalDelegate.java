package id.regsosek.visit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Approved form (1), final refusal (4) or confirmed move (5): the family's result is final. */
@Component("markFinal")
public class MarkFinalDelegate implements JavaDelegate {

    private final SlsCompletion completion;
    private final VisitSubject subject;

    public MarkFinalDelegate(SlsCompletion completion, VisitSubject subject) {
        this.subject = subject;
        this.completion = completion;
    }

    @Override
    public void execute(DelegateExecution execution) {
        VisitVariables v = new VisitVariables(execution);
        execution.setVariable(VisitProcess.SLS_ALL_FINAL, completion.finish(subject.of(execution).id(), v.resultCode()));
    }
}
