package id.regsosek.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.forum.VillageForumProcess;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The simulated official keys corrections only up to the forum form's field length, the rest goes in the file: a
 * Tarumajaya village with about eighty corrections passed 4,000 characters and the task refused the form.
 */
class ForumFormLimitTest {

    @Test
    void theKeyedLimitIsTheFormsFieldLength() throws Exception {
        JsonNode form = new ObjectMapper().readTree(Path.of("forms/forum-hold.form").toFile());
        JsonNode field = form.findParents("key").stream()
                .filter(c -> VillageForumProcess.VAR_CORRECTIONS.equals(c.path("key").asText())).findFirst()
                .orElseThrow();
        assertThat(field.path("validate").path("maxLength").asInt()).isEqualTo(ForumActors.KEYED_MAX);
    }
}
