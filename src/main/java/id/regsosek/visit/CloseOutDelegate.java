package id.regsosek.visit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Period end while the family is still open in the field: code 4 when its last reported answer was a refusal
 * (still pending, even if an official was about to try again), else 3 (no respondent until the period's end).
 * The period's close-out writes these for a whole part at once before it tells the visits; then this step reads them.
 */
@Component("closeOut")
public class CloseOutDelegate implements JavaDelegate {

    private final AttemptLog attempts;
    private final FamilyResults results;
    private final SlsCompletion completion;
    private final VisitSubject subject;

    public CloseOutDelegate(AttemptLog attempts, FamilyResults results, SlsCompletion completion,
                            VisitSubject subject) {
        this.subject = subject;
        this.attempts = attempts;
        this.results = results;
        this.completion = completion;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long familyId = subject.of(execution).id();
        // Closed out with its SLS by the period's close-out part (CloseOutBatch) in this transaction: only read.
        var bulk = results.closedOutInBulk(familyId);
        if (bulk.isPresent()) {
            execution.setVariable(VisitProcess.RESULT_CODE, bulk.get().resultCode());
            execution.setVariable(VisitProcess.SLS_ALL_FINAL, bulk.get().tellsSls());
            return;
        }
        boolean refused = attempts.last(familyId).map(a -> a.resultCode() == VisitProcess.REFUSED).orElse(false);
        int code = refused ? VisitProcess.REFUSED : VisitProcess.NO_RESPONDENT;
        results.markClosedOut(familyId);
        execution.setVariable(VisitProcess.RESULT_CODE, code);
        execution.setVariable(VisitProcess.SLS_ALL_FINAL, completion.finish(familyId, code));
    }
}
