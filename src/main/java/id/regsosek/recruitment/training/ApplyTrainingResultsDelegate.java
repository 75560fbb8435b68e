package id.regsosek.recruitment.training;

import id.regsosek.common.InstanceSubject;
import id.regsosek.recruitment.deployment.OfficerBulkDeployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each trainee's attendance and scores and hands the outcome to its recruitment instance, which deploys the
 * officer or promotes the next reserve of the district and role (who then joins a make-up class).
 */
@Component("applyTrainingResults")
public class ApplyTrainingResultsDelegate implements JavaDelegate {

    private final TrainingClasses classes;
    private final TrainingResults results;
    private final JdbcTemplate jdbc;
    private final OfficerBulkDeployment bulk;

    public ApplyTrainingResultsDelegate(TrainingClasses classes, TrainingResults results, JdbcTemplate jdbc,
                                        OfficerBulkDeployment bulk) {
        this.classes = classes;
        this.results = results;
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String classKey = InstanceSubject.ownedKey(execution);
        String campaign = classes.campaignOf(classKey);
        TrainingSheet sheet = TrainingSheet.parse((String) execution.getVariable(TrainingProcess.RESULTS),
                classes.trainees(classKey), classes.days(classKey));
        // The class's passes get their officer rows and logins in one go; each trainee's own deployment step,
        // woken below, then only settles it.
        bulk.deployAll(execution.getTenantId(), campaign, sheet.lines().entrySet().stream()
                .filter(e -> results.passes(e.getValue().absentDays(), e.getValue().postTest()))
                .map(Map.Entry::getKey).toList());
        for (Map.Entry<String, TrainingSheet.Line> e : sheet.lines().entrySet()) {
            TrainingSheet.Line l = e.getValue();
            jdbc.update("update training_trainee set attended_all = ?, absent_days = ?, pre_test = ?, post_test = ?"
                    + " where class_key = ? and registration_no = ?", l.attendedAll(), l.absentDays(), l.preTest(),
                    l.postTest(), classKey, e.getKey());
            List<Object[]> days = new ArrayList<>();
            for (int d = 0; d < l.present().size(); d++) {
                days.add(new Object[] {classKey, e.getKey(), d + 1, l.present().get(d)});
            }
            jdbc.batchUpdate("insert into training_attendance (class_key, registration_no, day_no, present)"
                    + " values (?, ?, ?, ?)", days);
            results.record(execution.getTenantId(), campaign, e.getKey(), l.absentDays(), l.postTest());
        }
    }
}
