package id.regsosek.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist's "follow-up date" and "due date" save the whole task ({@code PUT task/{id}}) as the API handed it out,
 * with its read-only {@code camundaFormRef}; the engine's REST API cannot read that field back (no creator for the
 * interface), so every task with a Camunda Form would fail to save ("Tugas tidak dapat disimpan"). The field is
 * dropped from such a body here; the engine keeps the task's form as deployed. A task is a few KB: a body over
 * 64 KB is refused (413) rather than read whole.
 */
class TaskSaveBodyFilter extends OncePerRequestFilter {

    static final String FORM_REF = "camundaFormRef";
    private static final Pattern TASK = Pattern.compile(
            "^(/engine-rest(/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/task/[^/]+$");
    private static final int MAX = 64 * 1024;
    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"PUT".equals(request.getMethod()) || !TASK.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readNBytes(MAX + 1);
        if (body.length > MAX) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Tugas terlalu besar (maks. 64 KB)");
            return;
        }
        try {
            JsonNode task = json.readTree(body);
            if (task instanceof ObjectNode o && o.has(FORM_REF)) {
                o.remove(FORM_REF);
                body = json.writeValueAsBytes(o);
            }
        } catch (IOException e) {
            // Not JSON: the API answers it as it would have.
        }
        chain.doFilter(new Body(request, body), response);
    }

    /** The request with the (possibly rewritten) body. */
    private static final class Body extends HttpServletRequestWrapper {
        private final byte[] body;

        Body(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking body");
                }
            };
        }
    }
}
