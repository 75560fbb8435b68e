package id.regsosek.visit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed access to household-visit variables: results and decisions (the family itself is {@link VisitSubject}).
 * Tasklist forms submit numbers as Long or Double and selects as strings, the REST API as Integer: every getter
 * accepts each of them.
 */
public final class VisitVariables {

    private final VariableScope scope;

    public VisitVariables(VariableScope scope) {
        this.scope = scope;
    }

    public int resultCode() {
        Integer code = integer(VisitProcess.RESULT_CODE);
        if (code == null || code < 1 || code > 5) {
            throw new IllegalArgumentException("result code (205) must be 1..5, got " + code);
        }
        return code;
    }

    public boolean flag(String name) {
        Object v = scope.getVariable(name);
        return v instanceof Boolean b ? b : v != null && Boolean.parseBoolean(v.toString());
    }

    public String text(String name) {
        Object v = scope.getVariable(name);
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }

    public Integer integer(String name) {
        return number(scope.getVariable(name), name);
    }

    /** A moment: a Date, or an ISO date-time string as form-js datetime fields submit (local time = zone). */
    public Instant instant(String name, java.time.ZoneId zone) {
        Object v = scope.getVariable(name);
        if (v == null || v.toString().isBlank()) {
            return null;
        }
        if (v instanceof Date d) {
            return d.toInstant();
        }
        String s = v.toString().trim();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).atZone(zone).toInstant();
            } catch (java.time.format.DateTimeParseException e2) {
                throw new IllegalArgumentException(name + " must be a date and time (2022-10-20T09:30), got " + s);
            }
        }
    }

    static Integer number(Object v, String name) {
        if (v == null || v.toString().isBlank()) {
            return null;
        }
        double d;
        try {
            d = v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number");
        }
        // Forms send whole numbers as Long or Double (3.0); 3.9 is refused, not rounded into another answer.
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " harus bilangan bulat (a whole number), bukan " + v);
        }
        return (int) d;
    }
}
