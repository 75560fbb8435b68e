package id.regsosek.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser session for the regency benchmark, without the browser: our login form (with its CSRF token),
 * then Tasklist's page for Camunda's XSRF token, then the webapps' engine API as Tasklist calls it. Cookies are kept
 * by hand: the session cookie is Secure, which Java's cookie store does not send over plain http to localhost.
 */
final class WebappClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String engine;
    private String cookies = "";
    private String xsrf;

    WebappClient(int port, String engineName, String user) {
        this.base = "http://127.0.0.1:" + port;
        this.engine = "/camunda/api/engine/engine/" + engineName;
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET());
        cookies = cookie(page, "JSESSIONID");
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + enc(user)
                        + "&_csrf=" + enc(token.group(1)))));
        if (login.headers().firstValue("Location").orElse("error").contains("error")) {
            throw new IllegalStateException("login of " + user + " failed: " + login.statusCode());
        }
        cookies = cookie(login, "JSESSIONID");
        xsrf = cookie(send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/" + engineName + "/")).GET()),
                "XSRF-TOKEN").substring("XSRF-TOKEN=".length());
        cookies += "; XSRF-TOKEN=" + xsrf;
    }

    /** GET of the webapps' engine API (HAL, as Tasklist asks); anything but 200 stops the run. */
    String get(String path) {
        return ok(send(HttpRequest.newBuilder(URI.create(base + engine + path)).header("Accept",
                "application/hal+json, application/json").GET()));
    }

    String post(String path, String json) {
        return ok(send(HttpRequest.newBuilder(URI.create(base + engine + path)).header("Accept",
                "application/hal+json, application/json").header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", xsrf).POST(HttpRequest.BodyPublishers.ofString(json))));
    }

    private static String ok(HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(answer.request().method() + " " + answer.request().uri().getPath()
                    + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies);
            }
            return client.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.split(";")[0]).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + name + " cookie: " + response.statusCode()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
