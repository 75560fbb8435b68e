package id.regsosek.startform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.regsosek.identity.RegsosekUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Start forms as people meet them in Tasklist. (1) Fills the dynamic selects of a start form as the engine serves
 * it ({@code .../deployed-start-form}) with the choices of the caller's regency: a component with
 * {@code "valuesKey": "kecamatanPilihan"} leaves with {@code "values": [...]}. (2) A refused start
 * ({@code .../submit-form}) answers with our Indonesian reason alone, without the REST layer's English wrapper
 * ("Cannot instantiate process definition id: "). The engine's own checks (allowlist, authorization, tenant) run
 * first, unchanged; only the answer's body is rewritten. Keys without a source are left as they are.
 */
public class StartFormOptionsFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(StartFormOptionsFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, StartFormOptionSource> sources;

    public StartFormOptionsFilter(List<StartFormOptionSource> sources) {
        this.sources = sources.stream().collect(Collectors.toMap(StartFormOptionSource::valuesKey,
                Function.identity()));
    }

    private static final String WRAPPER = "Cannot instantiate process definition ";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !(("GET".equals(request.getMethod()) && uri.endsWith("/deployed-start-form"))
                || ("POST".equals(request.getMethod()) && uri.endsWith("/submit-form")
                && uri.contains("/process-definition/")));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, captured);
        byte[] body = captured.getContentAsByteArray();
        if ("POST".equals(request.getMethod())) {
            body = unwrapped(captured.getStatus(), body);
        } else {
            body = filled(captured.getStatus(), body);
        }
        captured.resetBuffer();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    private byte[] filled(int status, byte[] body) {
        String regency = regency();
        if (status == 200 && regency != null && new String(body, StandardCharsets.UTF_8)
                .contains("\"valuesKey\"")) {
            try {
                JsonNode form = JSON.readTree(body);
                fill(form.path("components"), regency);
                body = JSON.writeValueAsBytes(form);
            } catch (IOException e) {
                log.warn("start form not rewritten, not form-js JSON: {}", e.getMessage());
            }
        }
        return body;
    }

    /** "Cannot instantiate process definition area-assignment:1:x: Isian ditolak: ..." -> "Isian ditolak: ...". */
    private static byte[] unwrapped(int status, byte[] body) {
        if (status < 400 || !new String(body, StandardCharsets.UTF_8).contains(WRAPPER)) {
            return body;
        }
        try {
            JsonNode answer = JSON.readTree(body);
            String message = answer.path("message").asText("");
            int reason = message.indexOf(": ", WRAPPER.length());
            if (answer instanceof ObjectNode o && message.startsWith(WRAPPER) && reason > 0) {
                o.put("message", message.substring(reason + 2));
                return JSON.writeValueAsBytes(o);
            }
        } catch (IOException e) {
            log.debug("refusal left as it is: {}", e.getMessage());
        }
        return body;
    }

    private void fill(JsonNode components, String regency) {
        for (JsonNode c : components) {
            if (c.has("components")) {
                fill(c.path("components"), regency);
            }
            StartFormOptionSource source = sources.get(c.path("valuesKey").asText(""));
            if (source != null && c instanceof ObjectNode component) {
                ArrayNode values = component.putArray("values");
                source.options(regency).forEach(o -> values.addObject().put("label", o.label())
                        .put("value", o.value()));
                component.remove("valuesKey");
            }
        }
    }

    private static String regency() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof RegsosekUser user ? user.regency() : null;
    }
}
