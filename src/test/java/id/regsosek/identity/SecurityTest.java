package id.regsosek.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.support.AppTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Our login in front of the REST API, our API and the end-of-life webapps; cookie and query-size limits. */
class SecurityTest extends AppTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anonymousCallsToTheRestApiAndOurApiAreRefused() {
        for (String path : List.of("/engine-rest/task", "/engine-rest/group", "/engine-rest/process-definition",
                "/engine-rest/deployment/create", "/api/frame/districts")) {
            assertThat(http(null).get(path).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(http("admin").get("/engine-rest/task").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsRefused() {
        var wrong = new id.regsosek.support.Http("http://localhost:" + port, "manajer", "salah");
        assertThat(wrong.get("/engine-rest/task").statusCode()).isEqualTo(401);
    }

    @Test
    void theSixRoleGroupsAreListedByTheRestApi() throws Exception {
        List<String> ids = new ArrayList<>();
        json.readTree(http("admin").get("/engine-rest/group").body()).forEach(g -> ids.add(g.get("id").asText()));
        assertThat(ids).contains("recruitment-staff", "ppl", "pml", "koseka", "regency-admin", "manager");
    }

    @Test
    void oversizedQueriesAreRefusedWithTheLimitNamed() {
        HttpResponse<String> r = http("admin").get("/engine-rest/task?maxResults=100000");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("above the limit of 2000");
    }

    @Test
    void webappsAreReachedOnlyThroughOurLoginWithASecureSessionCookie() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(URI.create(base
                + "/camunda/app/tasklist/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = cookie(page, "JSESSIONID");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as("login form carries a CSRF token").isTrue();

        HttpResponse<String> noToken = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).as("login without CSRF token").isEqualTo(403);

        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        String setCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(setCookie).contains("Secure").contains("HttpOnly");

        String loggedIn = setCookie.split(";")[0];
        HttpResponse<String> app = client.send(HttpRequest.newBuilder(URI.create(base
                + "/camunda/app/tasklist/default/")).header("Cookie", loggedIn).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(app.statusCode()).as(app.headers().map().toString()).isEqualTo(200);
        assertThat(app.body()).contains("Tasklist");
        HttpResponse<String> me = client.send(HttpRequest.newBuilder(URI.create(base
                + "/camunda/api/admin/auth/user/default/")).header("Cookie", loggedIn).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json.readTree(me.body()).get("userId").asText()).isEqualTo("admin");
        assertThat(me.body()).contains("tasklist").contains("cockpit");
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.split(";")[0]).findFirst().orElseThrow();
    }
}
