package id.regsosek.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Indonesian locale files against the English ones inside the Camunda webapp jar, which name every key the
 * webapps use: a key missing here would show as a raw key (CREATION_DATE) on an Indonesian screen.
 */
class WebappLocaleTest {

    private static final String APPS = "META-INF/resources/webjars/camunda/app/";
    /** {{count}}, {{ name }}, and the bare {} some Cockpit labels count with. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|\\{}");
    /** Markup the webapps render from a label (links, line breaks); not "<null>" or "<Operation>" shown as text. */
    private static final Pattern MARKUP = Pattern.compile("</?(?:a|br|strong|b|i|em|code|span|p)\\b[^>]*>");
    /**
     * Labels that read the same in Indonesian: product names, data types, technical words an Indonesian office uses
     * as they are, symbols.
     */
    private static final Set<String> SAME_IN_INDONESIAN = Set.of("Camunda", "Cockpit", "Tasklist", "Admin",
            "Camunda Cockpit", "Boolean", "Double", "Integer", "Long", "Short", "String", "Diagram", "Filter",
            "Label", "Operator", "Email", "Batch", "batch", "Deploy", " Deploy", "Deployment", "Job", "Exception",
            "Endpoint", "Payload", "requestPayload", "Status", "Total", "Valid", "Min", "Minimum:", "ID", "OK", " OK",
            "CSV", "JSON", "null", "Tenant: ID", "YYYY-MM-DDTHH:mm:ss", "<null>", "<undefined>", "<", "<=", ">",
            ">=");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "welcome"})
    void indonesianHasEveryEnglishKeyAndNoOther(String app) throws IOException {
        Map<String, String> en = labels(app, "en");
        Map<String, String> id = labels(app, "id");
        assertThat(id.keySet()).as("keys of %s/locales/id.json", app).containsExactlyInAnyOrderElementsOf(en.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "welcome"})
    void everyLabelKeepsItsPlaceholdersAndMarkup(String app) throws IOException {
        Map<String, String> en = labels(app, "en");
        Map<String, String> id = labels(app, "id");
        List<String> wrong = new ArrayList<>();
        en.forEach((key, english) -> {
            String indonesian = id.getOrDefault(key, "");
            if (!tokens(PLACEHOLDER, english).equals(tokens(PLACEHOLDER, indonesian))
                    || !tokens(MARKUP, english).equals(tokens(MARKUP, indonesian))) {
                wrong.add(key + ": " + english + " -> " + indonesian);
            }
        });
        assertThat(wrong).as("labels of %s whose {{placeholders}} or markup changed", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "welcome"})
    void everyLabelIsTranslated(String app) throws IOException {
        Map<String, String> en = labels(app, "en");
        Map<String, String> id = labels(app, "id");
        List<String> wrong = new ArrayList<>();
        en.forEach((key, english) -> {
            String indonesian = id.getOrDefault(key, "");
            if (indonesian.isBlank() && !english.isBlank() && !pluralSuffix(key, english)) {
                wrong.add(key + " is empty");
            } else if (indonesian.equals(english) && !english.isEmpty() && !SAME_IN_INDONESIAN.contains(english)) {
                wrong.add(key + " is still English: " + english);
            }
        });
        assertThat(wrong).as("labels of %s", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit"})
    void datesHaveTheEnglishShapeInIndonesian(String app) throws IOException {
        JsonNode en = read(app, "en").get("dateLocales");
        JsonNode id = read(app, "id").get("dateLocales");
        assertThat(shape(id)).isEqualTo(shape(en));
        assertThat(id.get("months").get(7).asText()).isEqualTo("Agustus");
        assertThat(id.get("weekdays").get(5).asText()).isEqualTo("Jumat");
    }

    @org.junit.jupiter.api.Test
    void everyWebappPreloadsItsLabelsWithTheSameScript() throws IOException {
        String tasklist = text("tasklist/scripts/regsosek-labels.js");
        assertThat(text("cockpit/scripts/regsosek-labels.js")).isEqualTo(tasklist);
        assertThat(text("welcome/scripts/regsosek-labels.js")).isEqualTo(tasklist);
        for (String app : List.of("tasklist", "cockpit", "welcome")) {
            assertThat(text(app + "/scripts/config.js")).contains("customScripts: ['scripts/regsosek-labels'");
        }
        // Tasklist also puts form-js's own words in Indonesian (its forms are drawn by form-js).
        assertThat(text("tasklist/scripts/config.js")).contains("'scripts/regsosek-formjs'");
        assertThat(text("tasklist/scripts/regsosek-formjs.js")).contains("'Nothing to show.': 'Tidak ada data.'");
    }

    private String text(String path) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(APPS + path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Cockpit appends "s" for English plurals (PLGN_BATCH_S); Indonesian has no such suffix. */
    private static boolean pluralSuffix(String key, String english) {
        return key.endsWith("_S") && english.equals("s");
    }

    private static List<String> tokens(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }

    /** Object keys and array lengths, recursively: what moment.js reads from dateLocales. */
    private static Set<String> shape(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        shape(node, "", paths);
        return paths;
    }

    private static void shape(JsonNode node, String path, Set<String> paths) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                shape(node.get(name), path + "/" + name, paths);
            }
        } else if (node.isArray()) {
            paths.add(path + "[" + node.size() + "]");
        } else {
            paths.add(path + ":" + node.getNodeType());
        }
    }

    private Map<String, String> labels(String app, String language) throws IOException {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        read(app, language).get("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        assertThat(labels).isNotEmpty();
        return labels;
    }

    /** From the classpath: en.json from the webapp jar, id.json from our resources, as the application serves them. */
    private JsonNode read(String app, String language) throws IOException {
        String path = APPS + app + "/locales/" + language + ".json";
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }
}
