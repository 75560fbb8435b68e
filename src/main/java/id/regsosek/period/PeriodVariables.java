package id.regsosek.period;

import id.regsosek.common.InstanceSubject;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed access to enumeration-period variables. */
public final class PeriodVariables {

    private final VariableScope scope;

    public PeriodVariables(VariableScope scope) {
        this.scope = scope;
    }

    /** The regency the instance follows: its business key, which must be its own tenant. */
    public String regency() {
        String key = InstanceSubject.ownedKey(scope);
        if (!key.equals(InstanceSubject.tenant(scope))) {
            throw new IllegalStateException(PeriodProcess.KEY + " instance of " + key + " runs in another regency");
        }
        return key;
    }

    /** The chunk size, at least 1; the configured one when the variable is missing. */
    public int closeChunk(int configured) {
        Object v = scope.getVariable(PeriodProcess.CLOSE_CHUNK);
        return v instanceof Number n && n.intValue() > 0 ? n.intValue() : configured;
    }
}
