package id.regsosek.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Tasklist's task save: the read-only form reference is dropped, other requests pass as sent, a huge body is 413. */
class TaskSaveBodyFilterTest {

    private static final String TASK = "{\"id\":\"t1\",\"followUp\":null,\"camundaFormRef\":{\"key\":\"visit-family\","
            + "\"binding\":\"latest\",\"version\":null},\"tenantId\":\"32.16\"}";

    private static String passed(String method, String uri, byte[] body) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        request.setContent(body);
        MockFilterChain chain = new MockFilterChain();
        new TaskSaveBodyFilter().doFilter(request, new MockHttpServletResponse(), chain);
        return new String(chain.getRequest().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aTaskSaveLosesOnlyItsFormReference() throws Exception {
        for (String uri : new String[] {"/engine-rest/task/t1", "/camunda/api/engine/engine/default/task/t1"}) {
            String sent = passed("PUT", uri, TASK.getBytes(StandardCharsets.UTF_8));
            assertThat(sent).doesNotContain(TaskSaveBodyFilter.FORM_REF).contains("\"tenantId\":\"32.16\"")
                    .contains("\"followUp\":null");
        }
    }

    @Test
    void otherRequestsAndNonJsonPassAsSent() throws Exception {
        byte[] body = TASK.getBytes(StandardCharsets.UTF_8);
        assertThat(passed("POST", "/engine-rest/task/t1/complete", body)).isEqualTo(TASK);
        assertThat(passed("PUT", "/engine-rest/task/t1/variables/x", body)).isEqualTo(TASK);
        assertThat(passed("PUT", "/engine-rest/task/t1", "not json\u0000".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("not json\u0000");
    }

    @Test
    void aBodyOverSixtyFourKilobytesIsRefused() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/engine-rest/task/t1");
        request.setContent(new byte[64 * 1024 + 1]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new TaskSaveBodyFilter().doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull();
    }
}
