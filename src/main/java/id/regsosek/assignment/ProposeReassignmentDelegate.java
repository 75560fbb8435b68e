package id.regsosek.assignment;

import id.regsosek.common.FormText;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Handles a dropout message: the officer is marked dropped and its open work redistributed. The message's
 * variables are copied into the dropout sub-process's own scope, so two dropouts in a row do not mix.
 */
@Component("proposeReassignment")
public class ProposeReassignmentDelegate implements JavaDelegate {

    private final DropoutService dropouts;
    private final SummaryWriter summaries;

    public ProposeReassignmentDelegate(DropoutService dropouts, SummaryWriter summaries) {
        this.dropouts = dropouts;
        this.summaries = summaries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String district = AssignmentVariables.district(execution);
        DropoutService.Outcome outcome = dropouts.dropout(district,
                AssignmentVariables.longValue(execution, AreaAssignmentProcess.OFFICER_ID),
                AssignmentVariables.string(execution, AreaAssignmentProcess.REASON),
                AssignmentVariables.string(execution, AreaAssignmentProcess.REPORTED_BY));
        execution.setVariableLocal(AreaAssignmentProcess.DROPOUT_ID, outcome.dropoutId());
        execution.setVariableLocal(AreaAssignmentProcess.SUMMARY, FormText.of(summaries.summary(district)));
        execution.setVariableLocal(AreaAssignmentProcess.MOVES, "");
        execution.setVariableLocal(AreaAssignmentProcess.APPROVED, false);
    }
}
