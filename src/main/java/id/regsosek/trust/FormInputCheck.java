package id.regsosek.trust;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Checks what a person submits with a task or a start form against the form it shows: only declared, editable
 * fields, each of its kind and within the form's own limits. Messages are Indonesian and name the field, because
 * Tasklist shows them to the officer as they are.
 */
public final class FormInputCheck {

    private static final Set<String> PLAIN_TYPES = Set.of("string", "integer", "long", "short", "double",
            "boolean", "date", "null");
    private static final Pattern DATE_TIME = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?$|^\\d{2}:\\d{2}$");

    private FormInputCheck() {
    }

    /**
     * @param current the variable's value now (a read-only field may come back, but only unchanged)
     * @param complete whether the submission completes the form (then required fields must be there)
     */
    public static List<String> problems(FormSchema form, Map<String, ?> submitted, Function<String, Object> current,
                                        boolean complete) {
        List<String> problems = new ArrayList<>();
        Map<String, ?> sent = submitted == null ? Map.of() : submitted;
        for (String name : sent.keySet()) {
            FormField field = form.fields().get(name);
            if (field == null) {
                continue; // undeclared(): refused before values are looked at
            }
            if (FormField.isList(field.type())) {
                String problem = listProblem(field, typed(sent, name));
                if (problem != null) {
                    problems.add("isian '" + field.key() + "' " + problem);
                }
                continue;
            }
            Object value;
            try {
                value = plain(typed(sent, name));
            } catch (IllegalArgumentException bad) {
                problems.add("isian '" + name + "': " + bad.getMessage());
                continue;
            }
            if (field.readOnly()) {
                if (!same(value, current.apply(field.key()))) {
                    problems.add("isian '" + field.key() + "' hanya untuk dibaca dan tidak boleh diubah");
                }
                continue;
            }
            String problem = FieldValueCheck.problem(field, value);
            if (problem != null) {
                problems.add("isian '" + field.key() + "' " + problem);
            }
        }
        if (complete) {
            for (FormField field : form.fields().values()) {
                if (field.required() && !field.readOnly() && !field.conditional()
                        && (!sent.containsKey(field.key()) || blankTyped(typed(sent, field.key())))) {
                    problems.add("isian '" + field.key() + "' wajib diisi");
                }
            }
        }
        return problems;
    }

    /**
     * A checklist or tag list: a JSON list (Tasklist sends it typed "Json", the Java API as a list) of at most
     * {@link FormField#MAX_LIST} texts, each acceptable as a one-line text and, when the form lists its options, one
     * of them. Options from a variable (valuesKey) are the system's: the step that uses the choice checks it again.
     */
    private static String listProblem(FormField field, Object sent) {
        Object v = sent instanceof TypedValue t ? t.getValue() : sent;
        if (v == null) {
            return null;
        }
        if (field.readOnly()) {
            return "hanya untuk dibaca dan tidak boleh diubah";
        }
        List<String> items = new ArrayList<>();
        if (v instanceof org.camunda.spin.json.SpinJsonNode json && json.isArray()) {
            for (org.camunda.spin.json.SpinJsonNode e : json.elements()) {
                if (!e.isString() && !e.isNumber()) {
                    return "harus daftar pilihan (teks)";
                }
                items.add(e.isString() ? e.stringValue() : e.numberValue().toString());
            }
        } else if (v instanceof java.util.Collection<?> list) {
            for (Object e : list) {
                if (!(e instanceof String) && !(e instanceof Number)) {
                    return "harus daftar pilihan (teks)";
                }
                items.add(e.toString());
            }
        } else {
            return "harus daftar pilihan";
        }
        if (items.size() > FormField.MAX_LIST) {
            return "paling banyak " + FormField.MAX_LIST + " pilihan (dikirim " + items.size() + ")";
        }
        for (String item : items) {
            String problem = FieldValueCheck.problem(field.asItem(), item);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** Names sent that the form does not have: a person may not set anything else, whatever the channel. */
    public static List<String> undeclared(FormSchema form, Map<String, ?> submitted) {
        List<String> problems = new ArrayList<>();
        if (submitted != null) {
            submitted.keySet().stream().filter(k -> !form.fields().containsKey(k)).sorted().forEach(k -> problems.add(
                    "isian '" + k + "' tidak ada di formulir ini (hanya isian formulir yang diterima)"));
        }
        return problems;
    }

    /** A value as sent, typed when the map holds typed values: never deserialising anything on the way. */
    private static Object typed(Map<String, ?> sent, String name) {
        return sent instanceof VariableMap variables ? variables.getValueTyped(name) : sent.get(name);
    }

    private static boolean blankTyped(Object v) {
        // An untyped value (REST without "type") is judged by its content, as plain() does.
        if (v instanceof TypedValue t && t.getType() != null && !PLAIN_TYPES.contains(t.getType().getName())) {
            return false; // refused for its type already
        }
        return blank(v);
    }

    /** The value as a plain Java object; anything but text, numbers, yes/no, dates and empty is refused. */
    static Object plain(Object v) {
        if (v instanceof TypedValue typed) {
            String type = typed.getType() == null ? "untyped" : typed.getType().getName();
            if (typed.getType() != null && !PLAIN_TYPES.contains(type)) {
                throw new IllegalArgumentException("jenis nilai '" + type + "' tidak diterima");
            }
            v = typed.getValue();
        }
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Date) {
            return v;
        }
        throw new IllegalArgumentException("jenis nilai '" + v.getClass().getSimpleName() + "' tidak diterima");
    }

    static boolean dateText(String s) {
        return DATE_TIME.matcher(s).matches();
    }

    private static boolean same(Object sent, Object now) {
        Object current = now instanceof TypedValue t ? t.getValue() : now;
        if (sent instanceof Number a && current instanceof Number b) {
            return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
        }
        if (blank(sent) && blank(current)) {
            return true;
        }
        return Objects.equals(sent == null ? null : sent.toString(), current == null ? null : current.toString());
    }

    private static boolean blank(Object v) {
        Object plain = v instanceof TypedValue t ? t.getValue() : v;
        return plain == null || plain.toString().isBlank();
    }
}
