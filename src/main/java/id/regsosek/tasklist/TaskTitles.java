package id.regsosek.tasklist;

import id.regsosek.assignment.DistrictKoseka;
import id.regsosek.identity.Groups;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Create listener of every user task: the task's name becomes "step: subject" ("Kunjungi keluarga: BUDI SANTOSO,
 * No. bangunan 012, SLS 32.16.01.2001.0001.00, kunjungan ke-2"), its key values task-local variables for the
 * filters' columns. The subject comes from the business key and our rows, never from a variable. A Koseka task
 * offered to the whole group also gets the district's Koseka as candidate user, for the "Kecamatan saya" filter.
 */
@Component("taskTitle")
public class TaskTitles implements TaskListener {

    /** Column of the task name in the engine. */
    private static final int NAME_LENGTH = 255;
    private static final Logger log = LoggerFactory.getLogger(TaskTitles.class);

    private final Map<String, SubjectSource> sources;
    private final DistrictKoseka koseka;

    public TaskTitles(List<SubjectSource> sources, DistrictKoseka koseka) {
        this.sources = sources.stream().collect(Collectors.toMap(SubjectSource::processKey, Function.identity()));
        this.koseka = koseka;
    }

    @Override
    public void notify(DelegateTask task) {
        String process = ((TaskEntity) task).getProcessDefinition().getKey();
        SubjectSource source = sources.get(process);
        if (source == null) {
            return;
        }
        TaskSubject subject;
        try {
            subject = source.describe(task);
        } catch (IllegalStateException e) {
            // A subject missing from our tables must not stop the work: the task keeps the step's name.
            log.warn("task {} of {} keeps its plain name: {}", task.getTaskDefinitionKey(), process, e.getMessage());
            return;
        }
        String name = task.getName() + ": " + subject.title();
        task.setName(name.length() > NAME_LENGTH ? name.substring(0, NAME_LENGTH) : name);
        subject.columns().forEach((column, value) -> {
            if (value != null) {
                task.setVariableLocal(column, value);
            }
        });
        offerToDistrictKoseka(task, subject);
    }

    private void offerToDistrictKoseka(DelegateTask task, TaskSubject subject) {
        String district = subject.district();
        boolean kosekaGroup = task.getCandidates().stream().anyMatch(l -> Groups.KOSEKA.equals(l.getGroupId()));
        if (kosekaGroup && task.getAssignee() == null && district != null) {
            String user = koseka.userOf(district);
            if (user != null) {
                task.addCandidateUser(user);
            }
        }
    }
}
