package id.regsosek.assignment;

import id.regsosek.common.JsonDisplay;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On creation of a Koseka review: the plan as task-local JSON (the form's table) and the choices of its move
 * selects, read from the assignment tables as they are now (a review after moves shows the moved plan).
 */
@Component("reviewDisplayListener")
public class ReviewDisplayListener implements TaskListener {

    private final ReviewTable table;

    public ReviewDisplayListener(ReviewTable table) {
        this.table = table;
    }

    @Override
    public void notify(DelegateTask task) {
        String district = AssignmentVariables.district(task);
        task.setVariableLocal(AreaAssignmentProcess.PLAN_OFFICERS, JsonDisplay.of(table.officers(district)));
        task.setVariableLocal(AreaAssignmentProcess.MOVE_FROM_OPTIONS, JsonDisplay.of(table.fromOptions(district)));
        task.setVariableLocal(AreaAssignmentProcess.MOVE_TO_OPTIONS, JsonDisplay.of(table.toOptions(district)));
    }
}
