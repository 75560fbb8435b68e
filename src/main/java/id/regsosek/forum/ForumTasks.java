package id.regsosek.forum;

import id.regsosek.identity.SystemCalls;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A village that gets its official after its forum opened: the forum's task, held by nobody yet (only the regency
 * admins' candidate group), goes to the village's official, as it would have at the forum's start.
 */
@Component
class ForumTasks {

    private final TaskService tasks;
    private final ForumRows rows;
    private final IdentityService identity;

    ForumTasks(TaskService tasks, ForumRows rows, IdentityService identity) {
        this.tasks = tasks;
        this.rows = rows;
        this.identity = identity;
    }

    void assignUnheld(String regency, String village) {
        String official = rows.official(village);
        if (official == null) {
            return;
        }
        SystemCalls.asSystem(identity, () -> {
            for (Task t : tasks.createTaskQuery().processDefinitionKey(VillageForumProcess.KEY).tenantIdIn(regency)
                    .taskDefinitionKey(VillageForumProcess.TASK_HOLD).processInstanceBusinessKeyLike("%/" + village)
                    .taskUnassigned().list()) {
                tasks.setAssignee(t.getId(), official);
            }
            return null;
        });
    }
}
