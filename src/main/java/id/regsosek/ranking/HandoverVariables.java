package id.regsosek.ranking;

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

    String campaign() {
        return (String) scope.getVariable(RankingHandoverProcess.VAR_CAMPAIGN);
    }

    String text(String name) {
        Object v = scope.getVariable(name);
        return v == null ? "" : v.toString().trim();
    }
}
