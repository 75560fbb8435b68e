package id.regsosek.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What people open with the regency's visits running, each timed over HTTP as its own login: Tasklist's filter
 * column with its counts ({@code GET filter?itemCount=true}) and the first page of each of the person's filters
 * ({@code POST filter/{id}/list}, HAL, as Tasklist asks), for a PPL, a PML, a Koseka and recruitment staff; the field
 * app's task list for a PPL and a PML; the dashboard's page (its eight reads) for a manager. p50/p95 over
 * {@code rounds}, after a quarter as many unmeasured rounds that warm connections and caches.
 */
final class PeopleTiming {

    private static final Pattern FILTER = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final List<String> DASHBOARD = List.of("summary", "steps", "areas", "officers", "funnel",
            "blocked-areas", "forums", "problems");

    private final int port;
    private final String engine;
    private final BenchmarkHttp api;
    private final int rounds;
    private final List<Double> p95s = new ArrayList<>();

    PeopleTiming(int port, String engine, BenchmarkHttp api, int rounds) {
        this.port = port;
        this.engine = engine;
        this.api = api;
        this.rounds = rounds;
    }

    /** Tasklist as each user (the first of the role logs in; all are asked in turn). */
    void tasklist(String role, List<String> users) {
        List<WebappClient> sessions = users.stream().map(u -> new WebappClient(port, engine, u)).toList();
        String filters = sessions.get(0).get("/filter?resourceType=Task&itemCount=true");
        List<String> ids = new ArrayList<>();
        for (Matcher m = FILTER.matcher(filters); m.find(); ) {
            ids.add(m.group(1));
        }
        int[] turn = {0};
        time("tasklist " + role + ": filters with counts (" + ids.size() + ")", () -> sessions.get(turn[0]++
                % sessions.size()).get("/filter?resourceType=Task&itemCount=true"));
        time("tasklist " + role + ": a filter's first page", () -> {
            int k = turn[0]++;
            return sessions.get(k % sessions.size()).post("/filter/" + ids.get(k % ids.size())
                    + "/list?firstResult=0&maxResults=15", "{}");
        });
    }

    void fieldApp(String role, List<String> users) {
        int[] turn = {0};
        time("field app " + role + ": first page + count", () -> api.firstTaskPage(users.get(turn[0]++
                % users.size())));
    }

    void dashboard(String manager) {
        time("dashboard: the page's " + DASHBOARD.size() + " reads", () -> {
            DASHBOARD.forEach(read -> api.get(manager, "/api/dashboard/" + read));
            return null;
        });
    }

    double worstP95() {
        return p95s.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private void time(String what, Supplier<?> call) {
        for (int i = 0; i < Math.max(1, rounds / 4); i++) {
            call.get();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            call.get();
            nanos.add(System.nanoTime() - t);
        }
        double p95 = BenchmarkLoad.percentileMs(nanos, 95);
        p95s.add(p95);
        System.out.printf("people  : %-52s p50 %7.1f ms  p95 %7.1f ms%n", what, BenchmarkLoad.percentileMs(nanos, 50),
                p95);
    }
}
