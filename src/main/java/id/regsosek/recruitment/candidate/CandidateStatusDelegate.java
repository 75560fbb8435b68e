package id.regsosek.recruitment.candidate;

import id.regsosek.recruitment.Candidates;
import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.recruitment.RecruitmentSubject;
import id.regsosek.recruitment.RecruitmentVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the candidate's new status (input parameter {@code newStatus} of the BPMN step). */
@Component("candidateStatus")
public class CandidateStatusDelegate implements JavaDelegate {

    private final Candidates candidates;
    private final RecruitmentSubject subject;

    public CandidateStatusDelegate(Candidates candidates, RecruitmentSubject subject) {
        this.candidates = candidates;
        this.subject = subject;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecruitmentVariables v = new RecruitmentVariables(execution);
        candidates.setStatus(subject.candidateId(execution), v.string(RecruitmentProcess.NEW_STATUS));
    }
}
