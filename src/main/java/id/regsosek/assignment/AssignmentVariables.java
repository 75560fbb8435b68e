package id.regsosek.assignment;

import id.regsosek.common.InstanceSubject;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Typed access to the process's variables. Officer id lists are kept as a comma-separated string (ids only, and no
 * Java serialisation); BPMN multi-instance reads them back through {@code ${assignmentVariables.ids(...)}}.
 */
@Component("assignmentVariables")
public class AssignmentVariables {

    /** The district the instance is about: its business key, checked to be of the instance's regency. */
    public static String district(VariableScope scope) {
        return InstanceSubject.ownedKey(scope);
    }

    public static String string(VariableScope scope, String name) {
        Object v = scope.getVariable(name);
        return v == null ? null : v.toString();
    }

    public static long longValue(VariableScope scope, String name) {
        Object v = scope.getVariable(name);
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof String s && s.matches("\\d+")) {
            return Long.parseLong(s);
        }
        throw new IllegalArgumentException("variable " + name + " must be a number, got " + v);
    }

    public static boolean flag(VariableScope scope, String name) {
        Object v = scope.getVariable(name);
        return Boolean.TRUE.equals(v) || "true".equals(v);
    }

    public static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Used by BPMN multi-instance collections. */
    public List<Long> ids(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(String::trim).map(Long::valueOf).toList();
    }
}
