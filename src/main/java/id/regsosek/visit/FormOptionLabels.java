package id.regsosek.visit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * The labels the family form (visit-family.form) gives its fields and options, read from the deployment the task's
 * process belongs to: the PML's check shows "Keramik", not "2", and the wording lives in one place, the form.
 */
@Component
public class FormOptionLabels {

    /** A field's label and its options' labels by value. */
    public record Field(String label, Map<String, String> options) {

        public String option(Object value) {
            return value == null ? "" : options.getOrDefault(value.toString(), value.toString());
        }
    }

    static final String FAMILY_FORM = "visit-family.form";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RepositoryService repository;
    private final Map<String, Map<String, Field>> byDeployment = new ConcurrentHashMap<>();

    public FormOptionLabels(RepositoryService repository) {
        this.repository = repository;
    }

    /** Every keyed field of the family form deployed with the given process definition. */
    public Map<String, Field> of(String processDefinitionId) {
        String deployment = repository.getProcessDefinition(processDefinitionId).getDeploymentId();
        return byDeployment.computeIfAbsent(deployment, this::read);
    }

    private Map<String, Field> read(String deploymentId) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, FAMILY_FORM)) {
            Map<String, Field> fields = new HashMap<>();
            JSON.readTree(in).findParents("key").forEach(c -> {
                Map<String, String> options = new HashMap<>();
                c.path("values").forEach(o -> options.put(o.path("value").asText(), o.path("label").asText()));
                fields.put(c.get("key").asText(), new Field(label(c), options));
            });
            return fields;
        } catch (IOException e) {
            throw new IllegalStateException(FAMILY_FORM + " unreadable in deployment " + deploymentId, e);
        }
    }

    private static String label(JsonNode c) {
        return c.hasNonNull("label") ? c.get("label").asText() : c.get("key").asText();
    }
}
