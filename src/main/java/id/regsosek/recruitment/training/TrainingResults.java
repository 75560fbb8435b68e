package id.regsosek.recruitment.training;

import id.regsosek.identity.SystemCalls;
import id.regsosek.recruitment.RecruitmentProcess;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A trainee's training outcome: passed when absent on no more than regsosek.training.max-absent-days (0) days
 * and the post-test reaches regsosek.training.pass-score (60). The result wakes the trainee's recruitment instance, which deploys the officer or
 * promotes the next reserve.
 */
@Service
public class TrainingResults {

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final int passScore;
    private final int maxAbsentDays;

    private final IdentityService identity;

    public TrainingResults(JdbcTemplate jdbc, RuntimeService runtime, IdentityService identity,
                           @Value("${regsosek.training.pass-score:60}") int passScore,
                           @Value("${regsosek.training.max-absent-days:0}") int maxAbsentDays) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.identity = identity;
        this.passScore = passScore;
        this.maxAbsentDays = maxAbsentDays;
    }

    /** Passed: absent on no more days than allowed (default none) and the post-test at the threshold or above. */
    public boolean passes(int absentDays, Integer postTest) {
        return absentDays <= maxAbsentDays && postTest != null && postTest >= passScore;
    }

    public boolean record(String regency, String campaign, String registrationNo, int absentDays,
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
        boolean passed = passes(absentDays, postTest);
        try {
            SystemCalls.asSystem(identity, () -> {
                runtime.createMessageCorrelation(RecruitmentProcess.MSG_TRAINING_RESULT)
                        .processInstanceBusinessKey(registrationNo)
                        .tenantId(regency)
                        .processInstanceVariableEquals(RecruitmentProcess.CAMPAIGN_KEY, campaign)
                        .setVariable(RecruitmentProcess.TRAINING_PASSED, passed)
                        .correlate();
                return null;
            });
        } catch (MismatchingMessageCorrelationException e) {
            throw new IllegalStateException("registration " + registrationNo + " is not waiting for a training"
                    + " result: recorded already, or its promotion is still being processed");
        }
        return passed;
    }
}
