package id.regsosek.recruitment.candidate;

import id.regsosek.recruitment.Candidates;
import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.recruitment.RecruitmentSubject;
import id.regsosek.recruitment.RecruitmentVariables;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts what the screening rule and the staff forms need into variables (education, age, residence, documents,
 * name and a summary without NIK or phone), and the deadlines of this campaign's steps.
 */
@Component("candidateFacts")
public class CandidateFactsDelegate implements JavaDelegate {

    private final Candidates candidates;
    private final RecruitmentDeadlines deadlines;
    private final RecruitmentSubject subject;

    public CandidateFactsDelegate(Candidates candidates, RecruitmentDeadlines deadlines, RecruitmentSubject subject) {
        this.subject = subject;
        this.candidates = candidates;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecruitmentVariables v = new RecruitmentVariables(execution);
        Candidates.Candidate c = candidates.get(subject.candidateId(execution));
        v.set(RecruitmentProcess.EDUCATION, c.education());
        v.set(RecruitmentProcess.AGE, c.ageOn(LocalDate.now()));
        v.set(RecruitmentProcess.LIVES_IN_DISTRICT, c.village() == null || c.livesInDistrict());
        v.set(RecruitmentProcess.DOCUMENTS, c.documents());
        v.set(RecruitmentProcess.CANDIDATE_NAME, c.name());
        v.set(RecruitmentProcess.CANDIDATE_SUMMARY, c.name() + " | " + c.registrationNo() + " | lahir "
                + c.birthDate() + " (" + c.sex() + ") | " + c.education() + " | Kec. " + c.districtName()
                + " | melamar " + c.roleApplied() + (c.experience() ? " | berpengalaman survei BPS" : "")
                + " | dokumen " + c.documents());
        deadlines.apply(v);
    }
}
