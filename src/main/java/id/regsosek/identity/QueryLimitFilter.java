package id.regsosek.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Query-size limit for the engine's REST API and the webapps' copy of it. The engine refuses any unbounded list
 * query of a logged-in user ({@code queryMaxResultsLimit}); rather than failing a plain {@code GET /engine-rest/task}
 * this gives such a request a first page of {@value #DEFAULT_PAGE}, and refuses pages above the limit with a
 * message saying so.
 */
public class QueryLimitFilter extends OncePerRequestFilter {

    static final int DEFAULT_PAGE = 500;

    private final int limit;

    public QueryLimitFilter(int limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String max = request.getParameter("maxResults");
        if (max == null) {
            chain.doFilter(new Paged(request), response);
            return;
        }
        int asked;
        try {
            asked = Integer.parseInt(max.trim());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "maxResults must be a number, got " + max);
            return;
        }
        if (asked > limit) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                    "maxResults " + asked + " is above the limit of " + limit + "; page with firstResult");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The request with maxResults (and firstResult, which the engine needs with it) filled in. */
    private static final class Paged extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        Paged(HttpServletRequest request) {
            super(request);
            parameters = new HashMap<>(request.getParameterMap());
            parameters.put("maxResults", new String[] {String.valueOf(DEFAULT_PAGE)});
            parameters.putIfAbsent("firstResult", new String[] {"0"});
        }

        @Override
        public String getParameter(String name) {
            String[] v = parameters.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public String getQueryString() {
            String q = super.getQueryString();
            String extra = "maxResults=" + DEFAULT_PAGE + (super.getParameter("firstResult") == null
                    ? "&firstResult=0" : "");
            return q == null || q.isEmpty() ? extra : q + "&" + extra;
        }
    }
}
