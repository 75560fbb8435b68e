package id.regsosek.trust;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The webapps' logout button, taken by our logout only when it carries the webapps' CSRF token (header
 * {@code X-XSRF-TOKEN} equal to the token Camunda keeps in the session). Without it the request goes on to
 * Camunda's own CSRF filter, which refuses it: a forged cross-site request cannot log anybody out.
 */
final class CamundaCsrfLogout implements RequestMatcher {

    static final String SESSION_TOKEN = "CAMUNDA_CSRF_TOKEN";
    static final String HEADER = "X-XSRF-TOKEN";

    private final RequestMatcher path = new AntPathRequestMatcher("/camunda/api/admin/auth/user/*/logout", "POST");

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!path.matches(request)) {
            return false;
        }
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(SESSION_TOKEN);
        String sent = request.getHeader(HEADER);
        return expected != null && sent != null && MessageDigest.isEqual(
                expected.toString().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
