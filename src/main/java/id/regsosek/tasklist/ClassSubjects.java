package id.regsosek.tasklist;

import id.regsosek.recruitment.RecruitmentSubject;
import id.regsosek.recruitment.training.TrainingProcess;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** officer-training: the class of its business key ({@code 32.16-2022/32.16.01/K1}), with its place. */
@Component
class ClassSubjects implements SubjectSource {

    private final JdbcTemplate jdbc;
    private final RecruitmentSubject subject;

    ClassSubjects(JdbcTemplate jdbc, RecruitmentSubject subject) {
        this.jdbc = jdbc;
        this.subject = subject;
    }

    @Override
    public String processKey() {
        return TrainingProcess.KEY;
    }

    @Override
    public TaskSubject describe(DelegateTask task) {
        String key = subject.classKey(task);
        String place = jdbc.queryForList("select place from training_class where class_key = ?", String.class, key)
                .stream().findFirst().map(p -> ", " + p).orElse("");
        return new TaskSubject("Kelas " + key + place, Map.of(TaskColumns.CLASS, key));
    }
}
