package id.regsosek.recruitment.selection;

import id.regsosek.recruitment.Candidates;
import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.recruitment.RecruitmentSubject;
import id.regsosek.recruitment.RecruitmentVariables;
import id.regsosek.recruitment.deployment.DistrictDeployed;
import id.regsosek.recruitment.training.MakeupClasses;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Replaces this candidate (failed, absent or dropped out) by the next reserve of the same district and role. A
 * candidate settled as not deployed may be the last of its district to settle: the district's area assignment
 * then starts just as after a last deployment.
 */
@Component("promoteReserve")
public class PromoteReserveDelegate implements JavaDelegate {

    private final ReservePromotion promotion;
    private final Candidates candidates;
    private final DistrictDeployed districts;
    private final MakeupClasses makeup;
    private final RecruitmentSubject subject;

    public PromoteReserveDelegate(ReservePromotion promotion, Candidates candidates, DistrictDeployed districts,
                                  MakeupClasses makeup, RecruitmentSubject subject) {
        this.subject = subject;
        this.makeup = makeup;
        this.promotion = promotion;
        this.candidates = candidates;
        this.districts = districts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecruitmentVariables v = new RecruitmentVariables(execution);
        Candidates.Candidate leaving = candidates.get(subject.candidateId(execution));
        Optional<String> promoted = promotion.replace(leaving.id());
        v.set(RecruitmentProcess.RESERVE_FOUND, promoted.isPresent());
        // The reserve is trained before it works: into a make-up class of the district, invited by mail.
        promoted.ifPresent(reg -> makeup.enrol(leaving.regency(), leaving.campaign(), leaving.district(), reg));
        districts.officerSettled(leaving.regency(), leaving.campaign(), leaving.district());
    }
}
