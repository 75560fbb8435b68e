package id.regsosek.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import org.junit.jupiter.api.Test;

/** The field app's API is described in OpenAPI, for logged-in callers only. */
class OpenApiTest extends AppTest {

    @Test
    void theFieldAppApiIsDocumentedBehindLogin() {
        var docs = http("ppl1").get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/visits/families/{id}/attempts").contains("/api/visits/tasks")
                .contains("/api/frame/import/sls").doesNotContain("/engine-rest");
        assertThat(http(null).get("/v3/api-docs").statusCode()).isEqualTo(401);
    }
}
