package id.regsosek.signoff;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of each sign-off task: checks the decision (a return or reopen needs its reason), keeps it with
 * the user and reason, and moves the SLS's status along.
 */
@Component("recordSignoffDecision")
public class RecordDecisionListener implements TaskListener {

    private final SignoffRepository repository;
    private final SignoffSubject subject;

    public RecordDecisionListener(SignoffRepository repository, SignoffSubject subject) {
        this.repository = repository;
        this.subject = subject;
    }

    @Override
    public void notify(DelegateTask task) {
        SignoffVariables v = new SignoffVariables(task);
        String step;
        String decision;
        String reason;
        SignoffState next;
        switch (task.getTaskDefinitionKey()) {
            case AreaSignoffProcess.TASK_APPROVE_AREA -> {
                step = AreaSignoffProcess.STEP_PML;
                decision = v.text(AreaSignoffProcess.VAR_PML_DECISION);
                reason = v.text(AreaSignoffProcess.VAR_PML_REASON);
                next = SignoffState.KOSEKA_REVIEW;
            }
            case AreaSignoffProcess.TASK_APPROVE_DISTRICT -> {
                step = AreaSignoffProcess.STEP_KOSEKA;
                decision = v.text(AreaSignoffProcess.VAR_KOSEKA_DECISION);
                reason = v.text(AreaSignoffProcess.VAR_KOSEKA_REASON);
                next = AreaSignoffProcess.RETURN.equals(decision) ? SignoffState.PML_REVIEW : SignoffState.ADMIN_REVIEW;
            }
            default -> {
                step = AreaSignoffProcess.STEP_ADMIN;
                decision = AreaSignoffProcess.APPROVE;
                reason = v.text(AreaSignoffProcess.VAR_ADMIN_NOTE);
                next = SignoffState.ADMIN_REVIEW;
            }
        }
        if (!decision.equals(AreaSignoffProcess.APPROVE) && !decision.equals(AreaSignoffProcess.REOPEN)
                && !decision.equals(AreaSignoffProcess.RETURN)) {
            throw new IllegalArgumentException("decision must be APPROVE, REOPEN or RETURN, got '" + decision + "'");
        }
        if (!decision.equals(AreaSignoffProcess.APPROVE) && reason.isEmpty()) {
            throw new IllegalArgumentException("keputusan ini perlu alasan tertulis (a " + decision.toLowerCase()
                    + " needs a written reason)");
        }
        SignoffSubject.Sls sls = subject.of(task);
        repository.decision(sls.id(), step, decision, reason.isEmpty() ? null : reason, task.getAssignee());
        if (decision.equals(AreaSignoffProcess.APPROVE) || decision.equals(AreaSignoffProcess.RETURN)) {
            repository.status(sls.id(), sls.regency(), next);
        }
    }
}
