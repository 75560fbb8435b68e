package id.regsosek.signoff;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of the area-signoff variables: decisions and texts; the SLS itself is {@link SignoffSubject}. */
record SignoffVariables(VariableScope scope) {

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
