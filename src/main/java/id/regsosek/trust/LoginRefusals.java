package id.regsosek.trust;

import id.regsosek.identity.LoginThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * How a refused login is answered: over the APIs 401 with the Basic challenge, or 429 with Retry-After when the
 * account or source must wait; on the login page the page again, saying which.
 */
final class LoginRefusals implements AuthenticationEntryPoint, AuthenticationFailureHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (e instanceof LoginThrottledException throttled) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            response.getWriter().write("{\"status\":429,\"error\":\"too-many-requests\",\"message\":\""
                    + throttled.getMessage() + "\"}");
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Regsosek\"");
        response.getWriter().write("{\"status\":401,\"error\":\"unauthorized\",\"message\":\"login diperlukan\"}");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        response.sendRedirect(request.getContextPath() + (e instanceof LoginThrottledException t
                ? "/login?wait=" + t.retryAfterSeconds() : "/login?error"));
    }
}
