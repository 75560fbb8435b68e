package id.regsosek.recruitment.selection;

import id.regsosek.identity.TenantFromRegency;
import id.regsosek.recruitment.RecruitmentSubject;
import id.regsosek.recruitment.RecruitmentVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Applies the swap written on the confirmation form (if any) and publishes the outcomes to the candidates. */
@Component("publishSelection")
public class PublishSelectionDelegate implements JavaDelegate {

    private final SelectionPublisher publisher;
    private final RecruitmentSubject subject;

    public PublishSelectionDelegate(SelectionPublisher publisher, RecruitmentSubject subject) {
        this.publisher = publisher;
        this.subject = subject;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecruitmentVariables v = new RecruitmentVariables(execution);
        RecruitmentSubject.Selection s = subject.selection(execution);
        String regency = execution.getTenantId();
        String campaign = s.campaign();
        String district = s.district();
        String confirmedBy = v.string(SelectionProcess.CONFIRMED_BY);
        String in = v.string(SelectionProcess.SWAP_IN);
        String out = v.string(SelectionProcess.SWAP_OUT);
        if (in != null && !in.isBlank() && out != null && !out.isBlank()) {
            publisher.swap(campaign, district, in.trim(), out.trim(), v.string(SelectionProcess.SWAP_REASON),
                    confirmedBy);
        }
        publisher.publish(regency, campaign, district, confirmedBy);
    }
}
