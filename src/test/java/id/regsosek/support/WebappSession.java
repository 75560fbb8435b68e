package id.regsosek.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session without the browser: logs in through our login page (with its CSRF token), opens Tasklist so
 * Camunda hands out its XSRF token, then calls the webapps' API ({@code /camunda/api/...}) with the session cookie
 * and the X-XSRF-TOKEN header, as Tasklist and Cockpit do.
 */
public final class WebappSession {

    public static final String ENGINE = "/camunda/api/engine/engine/default";

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String session;
    private final String xsrf;

    private WebappSession(String base, String session, String xsrf) {
        this.base = base;
        this.session = session;
        this.xsrf = xsrf;
    }

    public static WebappSession login(int port, String user, String password) {
        String base = "http://localhost:" + port;
        WebappSession anonymous = new WebappSession(base, "", null);
        HttpResponse<String> page = anonymous.send(HttpRequest.newBuilder(URI.create(base + "/login")).build());
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        HttpResponse<String> login = anonymous.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie(page, "JSESSIONID"))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + enc(password)
                        + "&_csrf=" + enc(csrf.group(1)))).build());
        String session = cookie(login, "JSESSIONID");
        HttpResponse<String> app = anonymous.send(HttpRequest.newBuilder(URI.create(base
                + "/camunda/app/tasklist/default/")).header("Cookie", session).build());
        return new WebappSession(base, session, cookie(app, "XSRF-TOKEN").substring("XSRF-TOKEN=".length()));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path, true).GET().build());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path, true).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(request(path, true).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A method without a body; {@code withToken} false leaves out the XSRF header (a forged request). */
    public HttpResponse<String> send(String method, String path, boolean withToken) {
        return send(request(path, withToken).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpRequest.Builder request(String path, boolean withToken) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", session
                + (xsrf == null ? "" : "; XSRF-TOKEN=" + xsrf));
        return withToken && xsrf != null ? b.header("X-XSRF-TOKEN", xsrf) : b;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.split(";")[0]).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + name + " cookie in " + response.headers()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
