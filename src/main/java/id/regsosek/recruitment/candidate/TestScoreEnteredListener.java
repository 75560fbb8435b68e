package id.regsosek.recruitment.candidate;

import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.recruitment.RecruitmentSubject;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records the test score recruitment staff entered in Tasklist. The range is checked here too (the REST API
 * skips the form's validation); a score the CSV import recorded first is never overwritten: completing is refused.
 */
@Component("testScoreEntered")
public class TestScoreEnteredListener implements TaskListener {

    private final JdbcTemplate jdbc;
    private final RecruitmentSubject subject;

    public TestScoreEnteredListener(JdbcTemplate jdbc, RecruitmentSubject subject) {
        this.jdbc = jdbc;
        this.subject = subject;
    }

    @Override
    public void notify(DelegateTask task) {
        Object value = task.getVariable(RecruitmentProcess.TEST_SCORE);
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                || n.intValue() < 0 || n.intValue() > 100) {
            throw new IllegalArgumentException("test score must be a whole number 0..100, got " + value);
        }
        long candidate = subject.candidateId(task);
        int updated = jdbc.update("update officer_candidate set test_score = ?, test_score_source = ? where id = ?"
                + " and test_score is null", n.intValue(), RecruitmentProcess.SOURCE_FORM, candidate);
        if (updated == 0) {
            throw new IllegalStateException("a test score is already recorded for this candidate ("
                    + jdbc.queryForObject("select test_score from officer_candidate where id = ?", Integer.class,
                    candidate) + ", from the test's file); nothing was changed");
        }
        // The interview form shows it and the scores step reads it as a whole number.
        task.setVariable(RecruitmentProcess.TEST_SCORE, n.intValue());
    }
}
