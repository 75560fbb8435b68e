package id.regsosek.signoff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/** Typed reads of the area-signoff variables: decisions and texts; the SLS itself is {@link SignoffSubject}. */
record SignoffVariables(VariableScope scope) {

    String summary() {
        return (String) scope.getVariable(AreaSignoffProcess.VAR_SUMMARY);
    }

    String text(String name) {
        Object v = scope.getVariable(name);
        return v == null ? "" : v.toString().trim();
    }

    /**
     * The family ids the PML picked to reopen: the form's checklist sends a JSON list (["12","15"]), the Java API a
     * list, older callers a text ("12, 15 17"). An error names what is not an id.
     */
    List<Long> reopenIds() {
        List<Long> ids = new ArrayList<>();
        for (String part : parts(scope.getVariable(AreaSignoffProcess.VAR_REOPEN_FAMILIES))) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("\\d{1,18}")) {
                throw new IllegalArgumentException("'" + shorten(part) + "' bukan nomor keluarga: pilih keluarga dari"
                        + " daftar keluarga SLS ini");
            }
            ids.add(Long.parseLong(part));
        }
        return ids;
    }

    private static List<String> parts(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof SpinJsonNode json && json.isArray()) {
            return json.elements().stream().map(e -> e.isString() ? e.stringValue() : e.toString()).toList();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).map(String::trim).toList();
        }
        String text = value.toString().trim();
        if (text.startsWith("[")) {
            return parts(Spin.JSON(text));
        }
        return List.of(text.split("[,;\\s]+"));
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
