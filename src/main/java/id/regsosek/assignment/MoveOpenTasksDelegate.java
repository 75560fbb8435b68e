package id.regsosek.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the Koseka approved a reassignment: moves the departed officer's open tasks. */
@Component("moveOpenTasks")
public class MoveOpenTasksDelegate implements JavaDelegate {

    private final OpenTaskMover mover;

    public MoveOpenTasksDelegate(OpenTaskMover mover) {
        this.mover = mover;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long dropoutId = AssignmentVariables.longValue(execution, AreaAssignmentProcess.DROPOUT_ID);
        mover.move(dropoutId);
    }
}
