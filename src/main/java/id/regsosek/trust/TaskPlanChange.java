package id.regsosek.trust;

import java.util.Objects;
import org.camunda.bpm.engine.task.Task;

/**
 * Whether a saved task differs from the stored one in its dates only. Compared field by field, not through the
 * engine's change tracking: that tracks neither the tenant nor the case, and a date read back from the database
 * (a Timestamp) never equals the same moment as a Date.
 */
final class TaskPlanChange {

    private TaskPlanChange() {
    }

    static boolean onlyDates(Task was, Task now) {
        return Objects.equals(was.getName(), now.getName())
                && Objects.equals(was.getDescription(), now.getDescription())
                && was.getPriority() == now.getPriority()
                && Objects.equals(was.getAssignee(), now.getAssignee())
                && Objects.equals(was.getOwner(), now.getOwner())
                && Objects.equals(was.getDelegationState(), now.getDelegationState())
                && Objects.equals(was.getParentTaskId(), now.getParentTaskId())
                && Objects.equals(was.getCaseInstanceId(), now.getCaseInstanceId())
                && Objects.equals(was.getTenantId(), now.getTenantId())
                && Objects.equals(was.getTaskDefinitionKey(), now.getTaskDefinitionKey())
                && Objects.equals(was.getProcessInstanceId(), now.getProcessInstanceId());
    }
}
