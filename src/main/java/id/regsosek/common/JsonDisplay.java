package id.regsosek.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * A display-only task variable for a Camunda Form (a table's rows, a select's or checklist's options) as a Spin JSON
 * value: Tasklist parses "Json" variables into the form's data, and a district's rows outgrow a 4,000-character
 * string. Not a form field: a person cannot send it back (the guard accepts declared fields only).
 */
public final class JsonDisplay {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonDisplay() {
    }

    public static JsonValue of(Object rows) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("display rows not serialisable", e);
        }
    }
}
