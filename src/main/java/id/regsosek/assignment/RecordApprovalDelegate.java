package id.regsosek.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the approved assignment (who gets an area list is read from the rows: {@link AreaListRecipients}). */
@Component("recordApproval")
public class RecordApprovalDelegate implements JavaDelegate {

    private final ApprovalService approvals;

    public RecordApprovalDelegate(ApprovalService approvals) {
        this.approvals = approvals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String district = AssignmentVariables.district(execution);
        approvals.approve(district, AssignmentVariables.string(execution, AreaAssignmentProcess.APPROVED_BY));
    }
}
