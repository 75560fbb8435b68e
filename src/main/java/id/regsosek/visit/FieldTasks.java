package id.regsosek.visit;

import id.regsosek.common.NotFoundException;
import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegsosekUser;
import id.regsosek.identity.SystemCalls;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;
    private final IdentityService identity;

    public FieldTasks(FieldOfficers officers, TaskService tasks, JdbcTemplate jdbc, IdentityService identity) {
        this.officers = officers;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.identity = identity;
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

    /**
     * The family's open task of one of these kinds, from the visit_task read model (kept in the engine's
     * transaction, so it is exact): one index lookup instead of an authorized engine task query.
     */
    public String openTask(long familyId, String... activityIds) {
        for (String activity : activityIds) {
            Optional<String> found = findOpenTask(familyId, activity);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw noOpenTask(familyId, activityIds);
    }

    public Optional<String> findOpenTask(long familyId, String activity) {
        return jdbc.queryForList("select task_id from visit_task where family_id = ? and kind = ?", String.class,
                familyId, activity).stream().findFirst();
    }

    /** The 409 of a step that is not (or no longer) open. */
    public IllegalStateException noOpenTask(long familyId, String... activityIds) {
        return new IllegalStateException("family " + familyId + " has no open task " + String.join(" or ",
                activityIds) + ": it was completed already or the family is at another step");
    }

    /**
     * Completes a task of a family {@link #requireOwn} let the caller work on; gone meanwhile is a 409. That check
     * (the family's SLS is assigned to the caller, in the caller's regency) is the authorisation here: the engine's
     * check of the same through its authorization tables took a sixth of a report's time (benchmark-visits), so the
     * completion runs as the system. Who did it stays recorded: the task's assignee, the attempt's officer.
     */
    public void complete(String taskId, Map<String, Object> variables) {
        try {
            SystemCalls.asSystem(identity, () -> {
                tasks.complete(taskId, variables);
                return null;
            });
        } catch (NullValueException e) {
            throw new IllegalStateException("task " + taskId + " was completed meanwhile");
        }
    }
}
