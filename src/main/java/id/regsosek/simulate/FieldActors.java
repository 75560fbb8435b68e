package id.regsosek.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import id.regsosek.visit.VisitProcess;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The field's people on the field app API ({@code /api/visits}): each PPL works its open tasks (visits, corrections),
 * each PML its checks, non-contact help, refusals and moves, each Koseka the refusals that went up to an official.
 * What a family does is its {@link Behaviour}; what a person has seen of a family (attempts so far, convinced,
 * returned once) is the simulation's memory, keyed like the behaviour. Officers work in parallel, each its own list.
 */
final class FieldActors {

    static final String API = "/api/visits";

    /** What the people remember of one family. */
    static final class Seen {
        int attempts;
        boolean convinced;
        boolean returned;
        boolean helped;
        boolean newFamilyReported;
    }

    private final SimHttp http;
    private Map<String, SimHttp> nodeOf = Map.of();
    final Map<Long, AtomicInteger> attemptsSent = new ConcurrentHashMap<>();
    private final SimulationOptions options;
    private final ZoneId zone;
    private final Map<String, Long> slsIds;
    private final Map<String, String> slsDistrict;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final Map<String, Boolean> newFamilies = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> events = new ConcurrentHashMap<>();
    private Instant now;
    private Instant periodEnd;

    FieldActors(SimHttp http, SimulationOptions options, ZoneId zone, Map<String, Long> slsIds,
                Map<String, String> slsDistrict) {
        this.http = http;
        this.options = options;
        this.zone = zone;
        this.slsIds = slsIds;
        this.slsDistrict = slsDistrict;
    }

    /**
     * Sends each listed officer's requests to its own node (another base URL of the same application, e.g. the
     * second server of a cluster); the others keep the run's own.
     */
    void routeTo(Map<String, SimHttp> officerNodes) {
        this.nodeOf = Map.copyOf(officerNodes);
    }

    private SimHttp http(String user) {
        return nodeOf.getOrDefault(user, http);
    }

    void day(Instant dayStart, Instant periodEndMoment) {
        this.now = dayStart;
        this.periodEnd = periodEndMoment;
    }

    /**
     * One pass over every officer's open tasks: each officer looks at its list (the first 200; it looks again in
     * the next pass), then the tasks are worked by the clients in parallel, each family by one client.
     */
    int pass(ExecutorService pool, List<String> ppl, List<String> pml, List<String> koseka) throws Exception {
        List<Future<List<Runnable>>> lists = new ArrayList<>();
        for (String u : ppl) {
            lists.add(pool.submit(() -> work(u, this::ppl)));
        }
        for (String u : pml) {
            lists.add(pool.submit(() -> work(u, this::pml)));
        }
        for (String u : koseka) {
            lists.add(pool.submit(() -> work(u, this::koseka)));
        }
        List<Future<?>> done = new ArrayList<>();
        for (Future<List<Runnable>> list : lists) {
            for (Runnable action : list.get()) {
                done.add(pool.submit(action));
            }
        }
        for (Future<?> f : done) {
            f.get();
        }
        return done.size();
    }

    /** Whether the officer's list holds any task now (as its field app shows it). */
    boolean hasWork(String user) {
        return http(user).get(user, API + "/tasks?page=0&size=1").get("items").size() > 0;
    }

    private interface Actor {
        void act(String user, JsonNode task);
    }

    private List<Runnable> work(String user, Actor actor) {
        JsonNode page = http(user).get(user, API + "/tasks?page=0&size=200");
        List<Runnable> actions = new ArrayList<>();
        for (JsonNode task : page.get("items")) {
            // A Koseka's list holds the regency's refusals: each Koseka takes its own district's.
            if (!user.contains("koseka") || user.contains(slsDistrict.get(task.get("slsCode").asText())
                    .replace(".", ""))) {
                actions.add(() -> actor.act(user, task));
            }
        }
        return actions;
    }

    private void ppl(String user, JsonNode task) {
        long family = task.get("familyId").asLong();
        String key = key(task);
        Behaviour b = behaviour(key);
        Seen s = seen.computeIfAbsent(key, k -> new Seen());
        switch (task.get("kind").asText()) {
            case VisitProcess.TASK_VISIT -> {
                int code = nextResult(b, s);
                if (code == VisitProcess.COMPLETE) {
                    http(user).put(user, API + "/families/" + family + "/data", FamilyAnswers.of(b.dataSeed(),
                            slsDistrict.get(task.get("slsCode").asText()), zone));
                    if (b.newFamily() && !s.newFamilyReported) {
                        s.newFamilyReported = true;
                        String head = "Keluarga Baru dari " + task.get("headName").asText();
                        newFamilies.put(task.get("slsCode").asText() + "|" + head, true);
                        http(user).post(user, API + "/sls/" + slsIds.get(task.get("slsCode").asText()) + "/families",
                                Map.of("headName", head, "address", "Rumah baru dekat " + task.get("headName")
                                        .asText()));
                        count("new-family");
                    }
                }
                Map<String, Object> attempt = new LinkedHashMap<>();
                attempt.put("clientAttemptId", "sim-" + family + "-" + (s.attempts + 1));
                attempt.put("attemptedAt", attemptTime(family).toString());
                attempt.put("resultCode", code);
                attempt.put("prelistStatus", code == VisitProcess.MOVED ? "MOVED" : newFamilies.containsKey(key)
                        ? null : "FOUND");
                http(user).post(user, API + "/families/" + family + "/attempts", attempt);
                s.attempts++;
                attemptsSent.computeIfAbsent(family, f -> new AtomicInteger()).incrementAndGet();
                count("attempt-code-" + code);
                if (s.attempts == 1 && code == VisitProcess.NO_RESPONDENT) {
                    count("nobody-home-first");
                }
            }
            case VisitProcess.TASK_CORRECT_FORM -> {
                http(user).post(user, API + "/families/" + family + "/correction", Map.of());
                count("correction");
            }
            default -> throw new IllegalStateException("PPL " + user + " has an unexpected task " + task);
        }
    }

    private void pml(String user, JsonNode task) {
        long family = task.get("familyId").asLong();
        String key = key(task);
        Behaviour b = behaviour(key);
        Seen s = seen.computeIfAbsent(key, k -> new Seen());
        switch (task.get("kind").asText()) {
            case VisitProcess.TASK_CHECK_FORM -> {
                boolean approve = !b.pmlReturn() || s.returned;
                Map<String, Object> check = new LinkedHashMap<>();
                check.put("approved", approve);
                check.put("reason", approve ? null : "Umur anggota keluarga tidak sesuai KK, mohon diperiksa");
                http(user).post(user, API + "/families/" + family + "/check", check);
                s.returned = true;
                count(approve ? "pml-approve" : "pml-return");
            }
            case VisitProcess.TASK_NON_CONTACT_HELP -> {
                Instant appointment = LocalDate.ofInstant(now, zone).plusDays(1).atTime(10, 0).atZone(zone)
                        .toInstant();
                Map<String, Object> help = new LinkedHashMap<>();
                help.put("appointmentAt", appointment.isBefore(periodEnd) ? appointment.toString() : null);
                help.put("note", "Janji temu lewat ketua RT");
                http(user).post(user, API + "/families/" + family + "/help", help);
                s.helped = true;
                count("non-contact-help");
            }
            case VisitProcess.TASK_CONVINCE_PML -> {
                s.convinced = b.pmlConvinces();
                http(user).post(user, API + "/families/" + family + "/refusal", Map.of("yes", b.pmlConvinces()));
                count("refusal-pml");
            }
            case VisitProcess.TASK_CONFIRM_MOVE -> {
                http(user).post(user, API + "/families/" + family + "/move", Map.of("yes", true));
                count("move-confirmed");
            }
            default -> throw new IllegalStateException("PML " + user + " has an unexpected task " + task);
        }
    }

    private void koseka(String user, JsonNode task) {
        if (!VisitProcess.TASK_CONVINCE_OFFICIAL.equals(task.get("kind").asText())) {
            throw new IllegalStateException("Koseka " + user + " has an unexpected task " + task);
        }
        String key = key(task);
        Behaviour b = behaviour(key);
        seen.computeIfAbsent(key, k -> new Seen()).convinced = b.officialConvinces();
        http(user).post(user, API + "/families/" + task.get("familyId").asLong() + "/refusal",
                Map.of("yes", b.officialConvinces()));
        count("refusal-official");
    }

    /** What the family answers at this attempt. */
    static int nextResult(Behaviour b, Seen s) {
        if (b.hardToReach() && !(s.helped && b.reachedAfterHelp())) {
            return VisitProcess.NO_RESPONDENT;
        }
        int step = 0;
        if (b.notHomeFirst()) {
            if (s.attempts == step) {
                return VisitProcess.NO_RESPONDENT;
            }
            step++;
        }
        if (b.incomplete() && s.attempts == step) {
            return VisitProcess.INCOMPLETE;
        }
        if (b.refuses() && !s.convinced) {
            return VisitProcess.REFUSED;
        }
        return b.moved() ? VisitProcess.MOVED : VisitProcess.COMPLETE;
    }

    private Behaviour behaviour(String key) {
        return Behaviour.of(options.seed(), key, newFamilies.containsKey(key), options.rates());
    }

    private static String key(JsonNode task) {
        return task.get("slsCode").asText() + "|" + task.get("headName").asText();
    }

    /** The visit happened in the hour before the round's moment, at a minute of the family's own. */
    private Instant attemptTime(long family) {
        return now.minusSeconds(60 + Math.floorMod(family * 7919L, 3540L));
    }

    private void count(String event) {
        events.computeIfAbsent(event, e -> new AtomicInteger()).incrementAndGet();
    }
}
