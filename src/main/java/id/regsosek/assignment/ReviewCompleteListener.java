package id.regsosek.assignment;

import id.regsosek.common.FormText;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing a Koseka review: applies the picked (or typed) moves (all or none) and, when approving, checks that every SLS
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
        moves.apply(district, moveLines(task), user, dropoutId);
        if (AssignmentVariables.flag(task, AreaAssignmentProcess.APPROVED)) {
            moves.requireCovered(district, rows);
            task.setVariable(AreaAssignmentProcess.APPROVED_BY, user);
        }
        task.setVariable(AreaAssignmentProcess.MOVES, "");
        for (int row = 1; row <= AreaAssignmentProcess.MOVE_ROWS; row++) {
            task.removeVariable(AreaAssignmentProcess.moveFrom(row));
            task.removeVariable(AreaAssignmentProcess.moveTo(row));
        }
        task.setVariable(AreaAssignmentProcess.SUMMARY, FormText.of(summaries.summary(district)));
    }

    /**
     * The moves picked in the form's selects (row n: moveFromN -> moveToN; a half-filled row is refused), after
     * any typed ones (the older form, the API): one text, so all are checked together.
     */
    private static String moveLines(DelegateTask task) {
        StringBuilder lines = new StringBuilder();
        String typed = AssignmentVariables.string(task, AreaAssignmentProcess.MOVES);
        if (typed != null) {
            lines.append(typed).append('\n');
        }
        for (int row = 1; row <= AreaAssignmentProcess.MOVE_ROWS; row++) {
            String from = AssignmentVariables.string(task, AreaAssignmentProcess.moveFrom(row));
            String to = AssignmentVariables.string(task, AreaAssignmentProcess.moveTo(row));
            boolean hasFrom = from != null && !from.isBlank();
            boolean hasTo = to != null && !to.isBlank();
            if (hasFrom != hasTo) {
                throw new IllegalArgumentException("perpindahan ke-" + row + ": pilih yang dipindahkan dan"
                        + " petugas tujuannya");
            }
            if (hasFrom) {
                lines.append(from.trim()).append(" -> ").append(to.trim()).append('\n');
            }
        }
        return lines.toString();
    }
}
