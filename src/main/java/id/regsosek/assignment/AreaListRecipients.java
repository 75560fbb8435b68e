package id.regsosek.assignment;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who gets an area-list mail, read from our tables when the mail step runs: a district's covering officers can be
 * hundreds, too many ids for a string variable of the engine.
 */
@Component("areaListRecipients")
public class AreaListRecipients {

    private final ApprovalService approvals;
    private final OpenTaskMover mover;

    public AreaListRecipients(ApprovalService approvals, OpenTaskMover mover) {
        this.approvals = approvals;
        this.mover = mover;
    }

    /** Active officers (PPL and PML) covering at least one SLS of the instance's district (its business key). */
    public List<Long> approved(DelegateExecution execution) {
        return approvals.covering(AssignmentVariables.district(execution));
    }

    /** Active officers who received SLS of the departed officer of this dropout sub-process. */
    public List<Long> afterDropout(DelegateExecution execution) {
        return mover.receivers(AssignmentVariables.longValue(execution, AreaAssignmentProcess.DROPOUT_ID));
    }
}
