package id.regsosek.visit;

import id.regsosek.identity.TenantFromRegency;
import java.sql.Timestamp;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps visit_task, our read model of open household-visit tasks, in step with the engine (same transaction):
 * a row on create, the assignee on (re)assignment, gone on complete or delete. Field apps list tasks from it.
 * It also hands each event to {@link VisitTaskForms}.
 * A closed building's access note becomes each task's description.
 */
@Component("visitTaskReadModel")
public class VisitTaskReadModel implements TaskListener {

    private final JdbcTemplate jdbc;
    private final VisitSubject subject;
    private final VisitTaskForms forms;

    public VisitTaskReadModel(JdbcTemplate jdbc, VisitSubject subject, VisitTaskForms forms) {
        this.subject = subject;
        this.jdbc = jdbc;
        this.forms = forms;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> create(task);
            case EVENTNAME_ASSIGNMENT -> jdbc.update("update visit_task set assignee = ? where task_id = ?",
                    task.getAssignee(), task.getId());
            default -> jdbc.update("delete from visit_task where task_id = ?", task.getId());
        }
        // The check and correction forms are filled (and a correction stored) here: one listener per task.
        forms.notify(task);
    }

    private void create(DelegateTask task) {
        VisitSubject.Family family = subject.of(task);
        Object note = task.getVariable(VisitProcess.ACCESS_NOTE);
        if (note != null) {
            // A closed building: Tasklist shows the hours and contact as the task's description, in the list too.
            task.setDescription(note.toString());
        }
        String group = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(g -> g != null)
                .findFirst().orElse(null);
        jdbc.update("insert into visit_task (task_id, family_id, sls_id, regency_code, assignee, candidate_group,"
                        + " kind, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)", task.getId(), family.id(),
                family.slsId(), family.regency(), task.getAssignee(), group, task.getTaskDefinitionKey(),
                Timestamp.from(Instant.now()));
    }
}
