package id.regsosek.assignment;

import id.regsosek.common.FormText;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing a Koseka review: applies the typed moves (all or none) and, when approving, checks that every SLS
 * is covered. A bad move or an uncovered SLS throws, so the task is not completed and the Koseka sees why.
 */
@Component("reviewCompleteListener")
public class ReviewCompleteListener implements TaskListener {

    private final MoveService moves;
    private final AssignmentRows rows;
    private final SummaryWriter summaries;

    public ReviewCompleteListener(MoveService moves, AssignmentRows rows, SummaryWriter summaries) {
        this.moves = moves;
        this.rows = rows;
        this.summaries = summaries;
    }

    @Override
    public void notify(DelegateTask task) {
        String district = AssignmentVariables.district(task);
        Object dropout = task.getVariable(AreaAssignmentProcess.DROPOUT_ID);
        Long dropoutId = dropout == null ? null : AssignmentVariables.longValue(task, AreaAssignmentProcess.DROPOUT_ID);
        var auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        // Whoever completes it (Tasklist completes unclaimed tasks too), else its assignee.
        String user = auth != null ? auth.getUserId() : task.getAssignee();
        moves.apply(district, AssignmentVariables.string(task, AreaAssignmentProcess.MOVES), user, dropoutId);
        if (AssignmentVariables.flag(task, AreaAssignmentProcess.APPROVED)) {
            moves.requireCovered(district, rows);
            task.setVariable(AreaAssignmentProcess.APPROVED_BY, user);
        }
        task.setVariable(AreaAssignmentProcess.MOVES, "");
        task.setVariable(AreaAssignmentProcess.SUMMARY, FormText.of(summaries.summary(district)));
    }
}
