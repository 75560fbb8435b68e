package id.regsosek.trust;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One input of a Camunda Form (form-js schema) as far as the server checks it: what a person may send for it.
 *
 * @param readOnly    shown, not entered ({@code readonly} or {@code disabled}): may come back only unchanged
 * @param conditional the field (or a group around it) can be hidden, so "required" cannot be enforced here
 * @param options     the allowed values of a select or radio field, empty when free
 */
public record FormField(String key, String type, String subtype, boolean readOnly, boolean required,
                        boolean conditional, Set<String> options, Double min, Double max, Integer minLength,
                        Integer maxLength, Pattern pattern) {

    /** Text longer than the engine's string column holds is never accepted from a form. */
    public static final int MAX_TEXT = 4000;

    /** A checklist or tag list takes at most this many choices. */
    public static final int MAX_LIST = 1000;

    /** Types whose value is a list of choices. */
    public static boolean isList(String type) {
        return "checklist".equals(type) || "taglist".equals(type);
    }

    /** One choice of a list field, checked as a one-line text of at most 200 characters among the options. */
    FormField asItem() {
        return new FormField(key, options.isEmpty() ? "textfield" : "select", null, false, false, false, options,
                null, null, null, 200, null);
    }

    public boolean multiline() {
        return "textarea".equals(type);
    }
}
