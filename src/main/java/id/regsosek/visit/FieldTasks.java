package id.regsosek.visit;

import id.regsosek.common.NotFoundException;
import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegsosekUser;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Completes a family's open task for a field app: checks the family is the caller's (403 otherwise) and that the
 * task is open (409 otherwise: completed already, or the family is at another step).
 */
@Service
public class FieldTasks {

    public enum Role { PPL, PML, KOSEKA }

    private final FieldOfficers officers;
    private final TaskService tasks;

    public FieldTasks(FieldOfficers officers, TaskService tasks) {
        this.officers = officers;
        this.tasks = tasks;
    }

    /** The family's team, if the caller is its PPL / PML (or a Koseka of its regency). */
    public FieldOfficers.FamilyTeam requireOwn(long familyId, Role role) {
        RegsosekUser user = CurrentUser.get();
        FieldOfficers.FamilyTeam team = officers.team(familyId)
                .orElseThrow(() -> new NotFoundException("no family " + familyId));
        CurrentUser.requireOwnRegency(team.regencyCode());
        boolean own = switch (role) {
            case PPL -> user.userId().equals(team.pplUser());
            case PML -> user.userId().equals(team.pmlUser());
            case KOSEKA -> user.inGroup(Groups.KOSEKA);
        };
        if (!own) {
            throw new AccessDeniedException("family " + familyId + " is not in your areas");
        }
        return team;
    }

    public Task openTask(long familyId, String... activityIds) {
        for (String activity : activityIds) {
            var found = tasks.createTaskQuery().processDefinitionKey(VisitProcess.KEY)
                    .processInstanceBusinessKey(String.valueOf(familyId)).taskDefinitionKey(activity).listPage(0, 1);
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        throw new IllegalStateException("family " + familyId + " has no open task " + String.join(" or ", activityIds)
                + ": it was completed already or the family is at another step");
    }

    public void complete(Task task, Map<String, Object> variables) {
        tasks.complete(task.getId(), variables);
    }
}
