package id.regsosek.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.support.AppTest;
import id.regsosek.support.SecondRegency;
import id.regsosek.support.WebappSession;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every endpoint of the engine's REST API (from the engine's own OpenAPI description, so an upgrade's new
 * endpoints are included), for a user of every role in two regencies, over both channels (/engine-rest with Basic,
 * the webapps' /camunda/api/engine with a session and its XSRF token): which ones get past the allowlist. The set
 * must be exactly the expected one in src/test/resources/trust/rest-allowlist-expected.txt, so an endpoint opened
 * to a role by a change (or a new one an upgrade brings) fails this test until it is reviewed and listed.
 */
class RestAllowlistMatrixTest extends AppTest {

    /** One demo user per role (listed by hand: a new role's demo user must be added here), two regencies. */
    static final List<String> USERS = List.of("ppl1", "pml1", "koseka1", "rekrutmen", "instruktur1", "manajer",
            "admin", "desa1", SecondRegency.ADMIN, SecondRegency.PPL);

    @Autowired
    FrameImports imports;
    @Autowired
    RegencyUsers users;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyRoleReachesExactlyTheListedEndpointsOverBothChannels() throws Exception {
        SecondRegency.ensure(imports, users);
        List<String[]> endpoints = endpoints();
        assertThat(endpoints).as("operations in the engine's OpenAPI description").hasSizeGreaterThan(350);
        Set<String> viaRest = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Set<String> viaWebapp = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<java.util.concurrent.Future<?>> calls = new ArrayList<>();
        for (String user : USERS) {
            WebappSession session = WebappSession.login(port, user, "demo");
            for (String[] e : endpoints) {
                String path = e[1].replaceAll("\\{[^}]+}", "probe");
                calls.add(pool.submit(() -> {
                    if (passes(basic(user, e[0], "/engine-rest" + path))) {
                        viaRest.add(user + " " + e[0] + " " + e[1]);
                    }
                    if (passes(webapp(session, e[0], WebappSession.ENGINE + path))) {
                        viaWebapp.add(user + " " + e[0] + " " + e[1]);
                    }
                    return null;
                }));
            }
        }
        for (var call : calls) {
            call.get();
        }
        pool.shutdown();
        Set<String> expected = expected();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "rest-allowlist-actual.txt"), new TreeSet<>(viaRest));
        assertThat(new TreeSet<>(viaRest)).as("reachable over /engine-rest (actual in target/rest-allowlist-actual.txt)")
                .containsExactlyElementsOf(expected);
        assertThat(new TreeSet<>(viaWebapp)).as("reachable over /camunda/api/engine")
                .containsExactlyElementsOf(expected);
    }

    private static boolean passes(HttpResponse<String> r) {
        return r.headers().firstValue("X-Regsosek-Refused").isEmpty() && r.statusCode() != 401;
    }

    private HttpResponse<String> basic(String user, String method, String path) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json");
        return client.send(b.method(method, body(method)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> webapp(WebappSession session, String method, String path) {
        return switch (method) {
            case "GET" -> session.get(path);
            case "POST" -> session.postJson(path, "{}");
            case "PUT" -> session.putJson(path, "{}");
            default -> session.send(method, path, true);
        };
    }

    private static HttpRequest.BodyPublisher body(String method) {
        return method.equals("POST") || method.equals("PUT") ? HttpRequest.BodyPublishers.ofString("{}")
                : HttpRequest.BodyPublishers.noBody();
    }

    /** {method, path template} of every operation the engine's REST API describes. */
    static List<String[]> endpoints() throws IOException {
        try (InputStream in = RestAllowlistMatrixTest.class.getResourceAsStream("/openapi.json")) {
            JsonNode paths = new ObjectMapper().readTree(in).get("paths");
            List<String[]> all = new ArrayList<>();
            paths.fieldNames().forEachRemaining(p -> paths.get(p).fieldNames().forEachRemaining(m -> {
                if (Set.of("get", "post", "put", "delete", "patch", "options").contains(m)) {
                    all.add(new String[] {m.toUpperCase(), p});
                }
            }));
            return all;
        }
    }

    private static Set<String> expected() throws IOException {
        try (InputStream in = RestAllowlistMatrixTest.class.getResourceAsStream("/trust/rest-allowlist-expected.txt")) {
            Set<String> lines = new TreeSet<>();
            if (in != null) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(lines::add);
            }
            return lines;
        }
    }
}
