package id.regsosek.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Replaces this candidate (failed, absent or dropped out) by the next reserve of the same district and role. */
@Component("promoteReserve")
public class PromoteReserveDelegate implements JavaDelegate {

    private final ReservePromotion promotion;

    public PromoteReserveDelegate(ReservePromotion promotion) {
        this.promotion = promotion;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecruitmentVariables v = new RecruitmentVariables(execution);
        v.set(RecruitmentProcess.RESERVE_FOUND, promotion.replace(v.candidateId()).isPresent());
    }
}
