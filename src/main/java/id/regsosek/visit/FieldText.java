package id.regsosek.visit;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks of a text a field app or a form sends: within its column's length and free of control characters (a NUL
 * byte is refused by PostgreSQL, the others only hide things). Notes may hold line breaks and tabs. Reasons are
 * in Indonesian (field staff read them); the field keeps its API name.
 */
public final class FieldText {

    /** Control characters (C0, DEL, C1), line breaks and tabs excepted. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
    private static final Pattern ANY_CONTROL = Pattern.compile("\\p{Cc}");

    private FieldText() {
    }

    /** A one-line value (an id, a name, an address): no control character at all. */
    public static void line(String field, String value, int max, boolean required, List<FieldProblem> problems) {
        check(field, value, max, required, ANY_CONTROL, problems);
    }

    /** A note or reason: line breaks and tabs allowed. */
    public static void note(String field, String value, int max, boolean required, List<FieldProblem> problems) {
        check(field, value, max, required, CONTROL, problems);
    }

    private static void check(String field, String value, int max, boolean required, Pattern forbidden,
                              List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "wajib diisi (required)"));
            }
            return;
        }
        if (forbidden.matcher(value).find()) {
            problems.add(new FieldProblem(field, "berisi karakter kontrol (mis. byte NUL) yang tidak diizinkan"));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "paling banyak " + max + " karakter, dikirim " + value.length()));
        }
    }

    /** Throws the 422 answer when anything was found. */
    public static void require(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidFamilyDataException(problems);
        }
    }
}
