package id.regsosek.signoff;

import id.regsosek.identity.TenantFromRegency;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of the area-signoff variables. */
record SignoffVariables(VariableScope scope) {

    long slsId() {
        return ((Number) scope.getVariable(AreaSignoffProcess.VAR_SLS_ID)).longValue();
    }

    String regency() {
        return (String) scope.getVariable(TenantFromRegency.REGENCY_VARIABLE);
    }

    String district() {
        return (String) scope.getVariable(AreaSignoffProcess.VAR_DISTRICT);
    }

    String summary() {
        return (String) scope.getVariable(AreaSignoffProcess.VAR_SUMMARY);
    }

    String text(String name) {
        Object v = scope.getVariable(name);
        return v == null ? "" : v.toString().trim();
    }

    /** The family ids the PML named to reopen ("12, 15 17"), or an error naming what is not an id. */
    List<Long> reopenIds() {
        List<Long> ids = new ArrayList<>();
        for (String part : text(AreaSignoffProcess.VAR_REOPEN_FAMILIES).split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("\\d{1,18}")) {
                throw new IllegalArgumentException("'" + part + "' is not a family id (numbers, separated by commas)");
            }
            ids.add(Long.parseLong(part));
        }
        return ids;
    }
}
