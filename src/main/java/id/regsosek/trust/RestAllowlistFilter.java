package id.regsosek.trust;

import id.regsosek.identity.RegsosekUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before the engine sees it, every call to the engine's REST API or the webapps' APIs that
 * {@link RestAllowlist} does not list for the caller's role. Placed in both security chains after login.
 * Deliberately not a bean: Spring Boot would otherwise also register it for every URL.
 */
public class RestAllowlistFilter extends OncePerRequestFilter {

    /** Marks our refusal (tests tell it from the engine's own 403). */
    public static final String REFUSED_HEADER = "X-Regsosek-Refused";

    private static final Logger log = LoggerFactory.getLogger(RestAllowlistFilter.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !path.startsWith("/engine-rest") && !path.startsWith("/camunda/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = path(request);
        if (auth != null && auth.getPrincipal() instanceof RegsosekUser user
                && RestAllowlist.allows(user, request.getMethod(), path)) {
            chain.doFilter(request, response);
            return;
        }
        log.info("refused {} {} for {}", request.getMethod(), path, auth == null ? "anonymous" : auth.getName());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setHeader(REFUSED_HEADER, "allowlist");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"Forbidden\",\"message\":\"Alamat ini tidak tersedia untuk peran"
                + " Anda.\"}");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
