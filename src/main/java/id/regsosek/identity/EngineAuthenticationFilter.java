package id.regsosek.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the logged-in user (id, groups, regency tenant) to the engine for the length of one request, so every
 * engine call it makes (REST API or our own endpoints) is checked against authorizations and tenants.
 * Deliberately not a bean: Spring Boot would otherwise also register it for every URL.
 */
public class EngineAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identity;

    public EngineAuthenticationFilter(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof RegsosekUser user)) {
            chain.doFilter(request, response);
            return;
        }
        identity.setAuthentication(user.userId(), user.groups(), user.tenantIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }
}
