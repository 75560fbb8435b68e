package id.regsosek.recruitment.selection;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Records who confirmed the district's list (the user completing the task; "system" when none). */
@Component("selectionConfirmed")
public class SelectionConfirmedListener implements TaskListener {

    private final IdentityService identity;

    public SelectionConfirmedListener(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication auth = identity.getCurrentAuthentication();
        String user = auth != null ? auth.getUserId() : task.getAssignee();
        task.setVariable(SelectionProcess.CONFIRMED_BY, user == null ? "system" : user);
    }
}
