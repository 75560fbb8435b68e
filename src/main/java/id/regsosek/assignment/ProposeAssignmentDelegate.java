package id.regsosek.assignment;

import id.regsosek.common.FormText;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Computes the district's proposal and prepares the Koseka's read-only summary. */
@Component("proposeAssignment")
public class ProposeAssignmentDelegate implements JavaDelegate {

    private final ProposalService proposals;
    private final SummaryWriter summaries;

    public ProposeAssignmentDelegate(ProposalService proposals, SummaryWriter summaries) {
        this.proposals = proposals;
        this.summaries = summaries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String district = AssignmentVariables.district(execution);
        ProposalAlgorithm.Result result = proposals.propose(district);
        execution.setVariable(AreaAssignmentProcess.DISTRICT_CODE, district);
        execution.setVariable(AreaAssignmentProcess.OVERLOADED, result.overloaded());
        execution.setVariable(AreaAssignmentProcess.SUMMARY, FormText.of(summaries.summary(district)));
        execution.setVariable(AreaAssignmentProcess.MOVES, "");
        execution.setVariable(AreaAssignmentProcess.APPROVED, false);
    }
}
