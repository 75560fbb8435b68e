package id.regsosek.webapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Test only: holds back the webapps' locale files for a browser carrying the cookie {@link #COOKIE}, as a slow
 * office connection would, so a test can see what the webapps draw before their labels arrive. Other requests and
 * other browsers pass untouched.
 */
@Component
class SlowLocaleFilter extends OncePerRequestFilter {

    static final String COOKIE = "regsosek-test-slow-locale";
    private static final long DELAY_MS = 4_000;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().matches(".*/app/[a-z]+/locales/[a-z]+\\.json")
                || request.getCookies() == null
                || Arrays.stream(request.getCookies()).map(Cookie::getName).noneMatch(COOKIE::equals);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            Thread.sleep(DELAY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        chain.doFilter(request, response);
    }
}
