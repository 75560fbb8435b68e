package id.regsosek.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's way in for our pages, without a browser: log in through the login form (session cookie), read the
 * CSRF token a page carries, post forms and uploads with it (or deliberately without).
 */
public class SessionHttp {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"|name=\"_csrf\""
            + " value=\"([^\"]+)\"");

    // Cookies by hand: the session cookie is Secure, which Java's cookie store never sends over http://localhost.
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new java.util.LinkedHashMap<>();
    private final String base;
    private String token;

    public SessionHttp(String base, String user, String password) {
        this.base = base;
        token(get("/login").body());
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + enc(password)
                        + "&_csrf=" + enc(token))).build());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login of " + user + " failed: " + login.statusCode() + " " + location);
        }
        // Logging in rotates the CSRF token: read the new one (the home page's logout form carries it).
        get("/");
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        token(answer.body());
        return answer;
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields, boolean withToken) {
        StringBuilder body = new StringBuilder(withToken ? "_csrf=" + enc(token) : "");
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /** A multipart upload as office.js sends it: the token in the header, JSON asked for. */
    public HttpResponse<String> upload(String path, Map<String, String> fields, String fileName, byte[] content,
                                       boolean withToken) {
        String boundary = "----regsosek" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((k, v) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (fileName != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json");
        if (withToken) {
            b.header("X-CSRF-TOKEN", token);
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private void token(String html) {
        Matcher m = TOKEN.matcher(html == null ? "" : html);
        if (m.find()) {
            token = m.group(1) != null ? m.group(1) : m.group(2);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        HttpRequest.Builder b = HttpRequest.newBuilder(request, (k, v) -> true);
        if (!cookies.isEmpty()) {
            b.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .toList()));
        }
        try {
            HttpResponse<String> answer = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            answer.headers().allValues("Set-Cookie").forEach(c -> {
                String pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            });
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
