package id.regsosek.recruitment.candidate;

import id.regsosek.recruitment.Candidates;
import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.recruitment.RecruitmentSubject;
import id.regsosek.recruitment.RecruitmentVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores test and interview scores and the combined score the district ranking uses. */
@Component("recordScores")
public class RecordScoresDelegate implements JavaDelegate {

    private final Candidates candidates;
    private final RecruitmentSubject subject;

    public RecordScoresDelegate(Candidates candidates, RecruitmentSubject subject) {
        this.candidates = candidates;
        this.subject = subject;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecruitmentVariables v = new RecruitmentVariables(execution);
        int test = v.integer(RecruitmentProcess.TEST_SCORE);
        int interview = v.integer(RecruitmentProcess.INTERVIEW_SCORE);
        if (interview < 0 || interview > 100) {
            throw new IllegalArgumentException("interview score must be 0..100, got " + interview);
        }
        candidates.recordScores(subject.candidateId(execution), test, interview);
    }
}
