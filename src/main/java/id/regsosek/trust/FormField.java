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

    public boolean multiline() {
        return "textarea".equals(type);
    }
}
