package id.regsosek.recruitment.training;

import id.regsosek.common.FormText;
import id.regsosek.common.InstanceSubject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The instructor's task: on start it lists the class (registration number and name) for the form; on completion
 * it refuses a record with any bad or missing line, naming every one, so nothing half-recorded goes on.
 */
@Component("trainingSheet")
public class TrainingSheetListener implements TaskListener, ExecutionListener {

    private final TrainingClasses classes;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    public TrainingSheetListener(TrainingClasses classes, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.classes = classes;
        this.jdbc = jdbc;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String classKey = InstanceSubject.ownedKey(execution);
        StringBuilder list = new StringBuilder();
        jdbc.query("select c.registration_no, c.name from training_trainee t join officer_candidate c on"
                + " c.campaign_key = t.campaign_key and c.registration_no = t.registration_no where t.class_key = ?"
                + " order by c.registration_no", rs -> {
                    list.append(rs.getString(1)).append(" | ").append(rs.getString(2)).append('\n');
                }, classKey);
        // A line per trainee: grows with the class size setting, so a Json (bytes) variable.
        execution.setVariable(TrainingProcess.TRAINEE_LIST, FormText.of(list.toString()));
    }

    @Override
    public void notify(DelegateTask task) {
        String classKey = InstanceSubject.ownedKey(task);
        TrainingSheet sheet = TrainingSheet.parse((String) task.getVariable(TrainingProcess.RESULTS),
                classes.trainees(classKey), classes.days(classKey));
        if (!sheet.problems().isEmpty()) {
            throw new IllegalArgumentException("catatan pelatihan " + classKey + " ditolak: "
                    + String.join("; ", sheet.problems()));
        }
    }
}
