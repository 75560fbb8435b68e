package id.regsosek.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the candidate's new status (input parameter {@code newStatus} of the BPMN step). */
@Component("candidateStatus")
public class CandidateStatusDelegate implements JavaDelegate {

    private final Candidates candidates;

    public CandidateStatusDelegate(Candidates candidates) {
        this.candidates = candidates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecruitmentVariables v = new RecruitmentVariables(execution);
        candidates.setStatus(v.candidateId(), v.string(RecruitmentProcess.NEW_STATUS));
    }
}
