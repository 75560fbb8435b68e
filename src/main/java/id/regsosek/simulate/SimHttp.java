package id.regsosek.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The people's side of the simulation: our API and the engine's REST API over real HTTP on the local port, HTTP
 * Basic as the acting user (simulated officers have their id as password; a login the application made itself,
 * such as an imported village official's, uses the first password its mail gave, see {@link #password}). Every request is one action of a person,
 * timed into the current stage. An answer other than 2xx stops the run: the people did what the application
 * allows, so a refusal is a defect of the simulation or of the application, and says so.
 */
final class SimHttp {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final String base;
    private final String engine;
    private volatile Stage stage;
    private final java.util.Map<String, String> passwords = new java.util.concurrent.ConcurrentHashMap<>();
    /** Requests sent through this base URL (answered or not): which node the people's actions went to. */
    final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();

    SimHttp(int port, String engineName) {
        this.base = "http://127.0.0.1:" + port;
        this.engine = "/engine-rest/engine/" + engineName;
    }

    void stage(Stage current) {
        this.stage = current;
    }

    /** The password {@code user} logs in with from now on (else its id). */
    void password(String user, String password) {
        passwords.put(user, password);
    }

    /** A download (a CSV list) as text. */
    String text(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    String engine(String path) {
        return engine + path;
    }

    JsonNode get(String user, String path) {
        return read(send(user, HttpRequest.newBuilder(uri(path)).GET()));
    }

    JsonNode post(String user, String path, Object body) {
        return read(send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)))));
    }

    JsonNode put(String user, String path, Object body) {
        return read(send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body)))));
    }

    /** A multipart upload of one CSV file in the part "file". */
    JsonNode upload(String user, String path, String fileName, byte[] content) {
        String boundary = "----regsosek-simulate";
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return read(send(user, HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String text) {
        try {
            return text == null || text.isBlank() ? json.nullNode() : json.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }

    private String send(String user, HttpRequest.Builder request) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + passwords.getOrDefault(user, user))
                .getBytes(StandardCharsets.UTF_8));
        long t0 = System.nanoTime();
        requests.incrementAndGet();
        try {
            HttpResponse<String> answer = client.send(request.header("Authorization", "Basic " + basic)
                    .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
            Stage current = stage;
            if (current != null) {
                current.action(System.nanoTime() - t0);
            }
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException(user + ": " + answer.request().method() + " "
                        + answer.request().uri().getPath() + " answered " + answer.statusCode() + ": "
                        + answer.body());
            }
            return answer.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
