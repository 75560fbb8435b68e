package id.regsosek.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * A read-only text for a form that grows with the data (a district's plan, a regency's distribution). The
 * engine's string column holds 4,000 characters, so such a text travels as a Json variable (kept as bytes): a
 * JSON string literal, which Tasklist parses back into the plain text for the form field. The field must be
 * {@code disabled} in the form, or Tasklist would send the text back as a String variable on completion.
 */
public final class FormText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormText() {
    }

    public static JsonValue of(String text) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(text == null ? "" : text)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always serialises", e);
        }
    }

    /** The text back from a variable's value: a Json string (this class), or a plain String (older instances). */
    public static String read(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof SpinJsonNode node) {
            return node.isString() ? node.stringValue() : node.toString();
        }
        return value.toString();
    }
}
