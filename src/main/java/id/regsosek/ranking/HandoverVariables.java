package id.regsosek.ranking;

import id.regsosek.common.InstanceSubject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of the ranking-handover variables; the regency is the instance's tenant. */
record HandoverVariables(VariableScope scope, String regency) {

    static HandoverVariables of(DelegateExecution execution) {
        return new HandoverVariables(execution, execution.getTenantId());
    }

    static HandoverVariables of(DelegateTask task) {
        return new HandoverVariables(task, task.getTenantId());
    }

    /** The campaign the handover is for: the business key its first step set and checked. */
    String campaign() {
        return InstanceSubject.ownedKey(scope);
    }

    String text(String name) {
        Object v = scope.getVariable(name);
        return v == null ? "" : v.toString().trim();
    }
}
