package id.regsosek.recruitment;

import id.regsosek.identity.TenantFromRegency;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Proposes the district's ranked list and puts it on the confirmation form. */
@Component("proposeSelection")
public class ProposeSelectionDelegate implements JavaDelegate {

    private final DistrictSelection selection;

    public ProposeSelectionDelegate(DistrictSelection selection) {
        this.selection = selection;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RecruitmentVariables v = new RecruitmentVariables(execution);
        String campaign = v.string(SelectionProcess.CAMPAIGN_KEY);
        String district = v.string(SelectionProcess.DISTRICT_CODE);
        int shortOf = selection.propose(v.string(TenantFromRegency.REGENCY_VARIABLE), campaign, district);
        v.set(SelectionProcess.SHORT_OF, shortOf);
        v.set(SelectionProcess.RANKED_LIST, selection.rankedList(campaign, district));
    }
}
