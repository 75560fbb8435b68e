package id.regsosek.recruitment.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One trainee's result over REST (an instructor's app, or a trainee without a class record): the attendance of
 * each day must match the days of the trainee's open class, is kept per day like the class sheet's, and then
 * decides with the post-test like any result.
 */
@Service
public class SingleTraineeResult {

    private final JdbcTemplate jdbc;
    private final TrainingResults results;

    public SingleTraineeResult(JdbcTemplate jdbc, TrainingResults results) {
        this.jdbc = jdbc;
        this.results = results;
    }

    @Transactional
    public boolean record(String regency, String campaign, String registrationNo, List<Boolean> attendance,
                          Integer postTest) {
        int absent = (int) attendance.stream().filter(p -> !p).count();
        List<Map<String, Object>> open = jdbc.queryForList("select t.class_key, c.days from training_trainee t join"
                + " training_class c on c.class_key = t.class_key where t.campaign_key = ? and t.registration_no = ?"
                + " and t.absent_days is null", campaign, registrationNo);
        if (!open.isEmpty()) {
            String classKey = (String) open.get(0).get("class_key");
            int days = ((Number) open.get(0).get("days")).intValue();
            if (attendance.size() != days) {
                throw new IllegalArgumentException("attendance has " + attendance.size() + " day(s); class " + classKey
                        + " lasts " + days);
            }
            List<Object[]> rows = new ArrayList<>();
            for (int d = 0; d < days; d++) {
                rows.add(new Object[] {classKey, registrationNo, d + 1, attendance.get(d)});
            }
            jdbc.batchUpdate("insert into training_attendance (class_key, registration_no, day_no, present)"
                    + " values (?, ?, ?, ?)", rows);
            jdbc.update("update training_trainee set attended_all = ?, absent_days = ?, post_test = ? where"
                    + " class_key = ? and registration_no = ?", absent == 0, absent, postTest, classKey,
                    registrationNo);
        }
        return results.record(regency, campaign, registrationNo, absent, postTest);
    }
}
