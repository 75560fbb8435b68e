package id.regsosek.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The inputs a Camunda Form declares, read from its form-js JSON: every component with a {@code key}, groups
 * walked into. Types without a value of their own (text, image, spacer, button) declare nothing. A file picker
 * is never accepted from people (it would write bytes into the engine).
 */
public final class FormSchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "radio",
            "select", "datetime", "checklist", "taglist", "expression");

    private final Map<String, FormField> fields;

    private FormSchema(Map<String, FormField> fields) {
        this.fields = Collections.unmodifiableMap(fields);
    }

    public static FormSchema parse(byte[] formJson) {
        try {
            JsonNode root = JSON.readTree(formJson);
            Map<String, FormField> fields = new LinkedHashMap<>();
            walk(root.path("components"), false, fields);
            return new FormSchema(fields);
        } catch (IOException e) {
            throw new IllegalStateException("deployed form is not form-js JSON: " + e.getMessage(), e);
        }
    }

    public Map<String, FormField> fields() {
        return fields;
    }

    private static void walk(JsonNode components, boolean hiddenAbove, Map<String, FormField> out) {
        for (JsonNode c : components) {
            boolean conditional = hiddenAbove || c.hasNonNull("conditional");
            String type = c.path("type").asText();
            if (c.has("components")) {
                walk(c.path("components"), conditional, out);
            }
            if (!c.hasNonNull("key") || !INPUT_TYPES.contains(type)) {
                continue;
            }
            JsonNode v = c.path("validate");
            out.put(c.get("key").asText(), new FormField(c.get("key").asText(), type, text(c, "subtype"),
                    c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false)
                            || "expression".equals(type),
                    v.path("required").asBoolean(false), conditional, options(c), number(v, "min"),
                    number(v, "max"), integer(v, "minLength"), integer(v, "maxLength"), pattern(v)));
        }
    }

    private static Set<String> options(JsonNode c) {
        Set<String> values = new LinkedHashSet<>();
        c.path("values").forEach(o -> values.add(o.path("value").asText()));
        return values;
    }

    private static String text(JsonNode n, String name) {
        return n.hasNonNull(name) ? n.get(name).asText() : null;
    }

    private static Double number(JsonNode n, String name) {
        return n.hasNonNull(name) && n.get(name).isNumber() ? n.get(name).asDouble() : null;
    }

    private static Integer integer(JsonNode n, String name) {
        return n.hasNonNull(name) && n.get(name).isNumber() ? n.get(name).asInt() : null;
    }

    private static Pattern pattern(JsonNode v) {
        String p = text(v, "pattern");
        if (p == null || p.isEmpty()) {
            return null;
        }
        try {
            return Pattern.compile(p);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("form pattern " + p + " is not a regular expression", e);
        }
    }
}
