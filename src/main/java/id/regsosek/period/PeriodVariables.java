package id.regsosek.period;

import id.regsosek.identity.TenantFromRegency;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed access to enumeration-period variables. */
public final class PeriodVariables {

    private final VariableScope scope;

    public PeriodVariables(VariableScope scope) {
        this.scope = scope;
    }

    public String regency() {
        Object v = scope.getVariable(TenantFromRegency.REGENCY_VARIABLE);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new IllegalStateException("variable " + TenantFromRegency.REGENCY_VARIABLE
                    + " missing on " + PeriodProcess.KEY);
        }
        return s;
    }

    /** The chunk size, at least 1; the configured one when the variable is missing. */
    public int closeChunk(int configured) {
        Object v = scope.getVariable(PeriodProcess.CLOSE_CHUNK);
        return v instanceof Number n && n.intValue() > 0 ? n.intValue() : configured;
    }
}
