package id.regsosek.trust;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' CSRF check, made before Camunda's own: a changing request to {@code /camunda/api/...} must carry the
 * token Camunda gave the session ({@code X-XSRF-TOKEN}). Camunda's filter would refuse it too, but by ending the
 * whole session, so that any forged request logged the officer out; here it is refused and the session stays.
 */
final class WebappCsrfFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/camunda/api/") || SAFE.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CamundaCsrfLogout.SESSION_TOKEN);
        String sent = request.getHeader(CamundaCsrfLogout.HEADER);
        if (expected != null && sent != null && MessageDigest.isEqual(
                expected.toString().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"Token CSRF tidak ada atau salah;"
                + " muat ulang halaman.\"}");
    }
}
