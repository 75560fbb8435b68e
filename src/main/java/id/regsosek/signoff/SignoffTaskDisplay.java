package id.regsosek.signoff;

import id.regsosek.common.JsonDisplay;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On creation of each sign-off task: the SLS's families and the decisions so far as task-local JSON for the form's
 * tables, and for the PML the families to pick from when reopening. Read from our tables, so a task created again
 * (after a Koseka's return) shows the area as it is then.
 */
@Component("signoffTaskDisplay")
public class SignoffTaskDisplay implements TaskListener {

    private final SignoffFamilies families;
    private final SignoffSubject subject;

    public SignoffTaskDisplay(SignoffFamilies families, SignoffSubject subject) {
        this.families = families;
        this.subject = subject;
    }

    @Override
    public void notify(DelegateTask task) {
        long sls = subject.of(task).id();
        List<Map<String, Object>> rows = families.rows(sls);
        task.setVariableLocal(AreaSignoffProcess.VAR_FAMILIES, JsonDisplay.of(rows));
        task.setVariableLocal(AreaSignoffProcess.VAR_DECISIONS, JsonDisplay.of(families.decisions(sls)));
        if (AreaSignoffProcess.TASK_APPROVE_AREA.equals(task.getTaskDefinitionKey())) {
            task.setVariableLocal(AreaSignoffProcess.VAR_REOPEN_OPTIONS, JsonDisplay.of(families.reopenOptions(rows)));
        }
    }
}
