package id.regsosek.recruitment;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A trainee's training outcome: passed when present every day and the post-test reaches the threshold
 * (configurable, default 60). The result wakes the trainee's recruitment instance, which deploys the officer or
 * promotes the next reserve.
 */
@Service
public class TrainingResults {

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final int passScore;

    public TrainingResults(JdbcTemplate jdbc, RuntimeService runtime,
                           @Value("${regsosek.training.pass-score:60}") int passScore) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.passScore = passScore;
    }

    public boolean passes(boolean attendedAllDays, Integer postTest) {
        return attendedAllDays && postTest != null && postTest >= passScore;
    }

    public boolean record(String regency, String campaign, String registrationNo, boolean attendedAllDays,
                          Integer postTest) {
        List<String> status = jdbc.queryForList("select status from officer_candidate where campaign_key = ?"
                + " and registration_no = ? and regency_code = ?", String.class, campaign, registrationNo, regency);
        if (status.isEmpty() || !RecruitmentProcess.SELECTED.equals(status.get(0))) {
            throw new IllegalStateException("registration " + registrationNo + " is not a selected trainee of "
                    + campaign);
        }
        if (postTest != null && (postTest < 0 || postTest > 100)) {
            throw new IllegalArgumentException("post-test score must be 0..100, got " + postTest);
        }
        boolean passed = passes(attendedAllDays, postTest);
        runtime.createMessageCorrelation(RecruitmentProcess.MSG_TRAINING_RESULT)
                .processInstanceBusinessKey(registrationNo)
                .tenantId(regency)
                .processInstanceVariableEquals(RecruitmentProcess.CAMPAIGN_KEY, campaign)
                .setVariable(RecruitmentProcess.TRAINING_PASSED, passed)
                .correlate();
        return passed;
    }
}
