package id.regsosek.recruitment.selection;

import id.regsosek.identity.TenantFromRegency;
import id.regsosek.recruitment.RecruitmentSubject;
import id.regsosek.recruitment.RecruitmentVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Proposes the district's ranked list and puts it on the confirmation form. */
@Component("proposeSelection")
public class ProposeSelectionDelegate implements JavaDelegate {

    private final DistrictSelection selection;
    private final RecruitmentSubject subject;

    public ProposeSelectionDelegate(DistrictSelection selection, RecruitmentSubject subject) {
        this.selection = selection;
        this.subject = subject;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecruitmentVariables v = new RecruitmentVariables(execution);
        RecruitmentSubject.Selection s = subject.selection(execution);
        String campaign = s.campaign();
        String district = s.district();
        int shortOf = selection.propose(execution.getTenantId(), campaign, district);
        v.set(SelectionProcess.SHORT_OF, shortOf);
        v.set(SelectionProcess.RANKED_LIST, selection.rankedList(campaign, district));
    }
}
