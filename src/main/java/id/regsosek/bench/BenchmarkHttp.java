package id.regsosek.bench;

import id.regsosek.visit.VisitProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The visit benchmark's field app: our REST API over real HTTP on the local port, HTTP Basic as each officer
 * (benchmark users have their id as password). Any answer but 2xx stops the run: a benchmark of errors says nothing.
 */
final class BenchmarkHttp {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern TASK_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final String root;
    private final String base;
    private final String engine;
    private final java.time.ZoneId zone;

    /** @param zone the regency's: a visit time is sent as the PPL's phone shows it, in local time */
    BenchmarkHttp(int port, String engineName, java.time.ZoneId zone) {
        this.zone = zone;
        this.root = "http://127.0.0.1:" + port;
        this.base = root + "/api/visits";
        this.engine = "http://127.0.0.1:" + port + "/engine-rest/engine/" + engineName;
    }

    /** Reports one attempt with result code 5 (moved): the visit ends its field part and goes to the PML. */
    void reportAttempt(String user, long familyId, String clientAttemptId) {
        String json = "{\"clientAttemptId\":\"" + clientAttemptId + "\",\"resultCode\":5}";
        send(user, HttpRequest.newBuilder(URI.create(base + "/families/" + familyId + "/attempts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * The same report on the bare engine through Camunda's own REST API, as a generic client does it: find the
     * family's visit task by business key, complete it with the result code.
     */
    void bareReportAttempt(String user, long familyId) {
        String found = send(user, HttpRequest.newBuilder(URI.create(engine + "/task?processInstanceBusinessKey="
                + familyId + "&taskDefinitionKey=" + VisitProcess.TASK_VISIT)).GET());
        Matcher id = TASK_ID.matcher(found);
        if (!id.find()) {
            throw new IllegalStateException("no open visit task for bare family " + familyId + ": " + found);
        }
        // What the task's form declares (the engine takes nothing else from a person): result code and visit time.
        String json = "{\"variables\":{\"" + VisitProcess.RESULT_CODE + "\":{\"value\":\"5\",\"type\":\"String\"},\""
                + VisitProcess.VISITED_AT + "\":{\"value\":\"" + java.time.LocalDateTime.now(zone).withNano(0)
                + "\",\"type\":\"String\"}}}";
        send(user, HttpRequest.newBuilder(URI.create(engine + "/task/" + id.group(1) + "/complete"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The officer's first page of open tasks with its count, as a field app opens its list. */
    String firstTaskPage(String user) {
        return send(user, HttpRequest.newBuilder(URI.create(base + "/tasks?page=0&size=50")).GET());
    }

    /** A GET of our API as the user (a path from the root, e.g. {@code /api/dashboard/summary}). */
    String get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(root + path)).GET());
    }

    private String send(String user, HttpRequest.Builder request) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> answer = client.send(request.header("Authorization", "Basic " + basic)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException(answer.request().method() + " " + answer.request().uri().getPath()
                        + " answered " + answer.statusCode() + ": " + answer.body());
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
