package id.regsosek.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import id.regsosek.assignment.AreaAssignmentProcess;
import id.regsosek.ranking.RankingHandoverProcess;
import id.regsosek.signoff.AreaSignoffProcess;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The office's people on the engine's REST API, as Tasklist sends it: the Koseka approves its district's
 * assignment, the reassignment after a dropout and its SLS, the PML approves its areas, the regency admin accepts each SLS and publishes the ranking
 * (and confirms a forced handover when only some districts were simulated). Each completes only the fields its
 * task's form declares.
 */
final class OfficeActors {

    private final SimHttp http;
    final Map<String, AtomicInteger> events = new ConcurrentHashMap<>();

    OfficeActors(SimHttp http) {
        this.http = http;
    }

    int approveAssignment(String koseka, String district) {
        return completeAll(koseka, AreaAssignmentProcess.TASK_REVIEW, "&assignee=" + koseka,
                Map.of(AreaAssignmentProcess.APPROVED, typed(true, "Boolean")), "assignment-approved");
    }

    /** The Koseka approves the reassignment proposed after a dropout, moving nothing by hand. */
    int approveReassignments(String koseka) {
        return completeAll(koseka, AreaAssignmentProcess.TASK_REVIEW_REASSIGNMENT, "&assignee=" + koseka,
                Map.of(AreaAssignmentProcess.APPROVED, typed(true, "Boolean")), "reassignment-approved");
    }

    int pmlSignoffs(String pml) {
        return completeAll(pml, AreaSignoffProcess.TASK_APPROVE_AREA, "&assignee=" + pml,
                Map.of(AreaSignoffProcess.VAR_PML_DECISION, typed(AreaSignoffProcess.APPROVE, "String")),
                "sls-pml-approved");
    }

    int kosekaSignoffs(String koseka, String district) {
        return completeAll(koseka, AreaSignoffProcess.TASK_APPROVE_DISTRICT, "&processInstanceBusinessKeyLike="
                + URLEncoder.encode(district + ".%", StandardCharsets.UTF_8),
                Map.of(AreaSignoffProcess.VAR_KOSEKA_DECISION, typed(AreaSignoffProcess.APPROVE, "String")),
                "sls-koseka-approved");
    }

    int acceptAreas(String admin) {
        return completeAll(admin, AreaSignoffProcess.TASK_ACCEPT, "", Map.of(), "sls-accepted");
    }

    int handoverWork(String admin) {
        int n = completeAll(admin, RankingHandoverProcess.TASK_CONFIRM_FORCED, "", Map.of(
                RankingHandoverProcess.VAR_FORCE_DECISION, typed(RankingHandoverProcess.FORCE, "String"),
                RankingHandoverProcess.VAR_FORCE_REASON, typed("Simulasi sebagian kecamatan", "String")),
                "handover-forced");
        n += completeAll(admin, RankingHandoverProcess.TASK_REVIEW, "", Map.of(RankingHandoverProcess.VAR_PUBLICATION,
                typed(RankingHandoverProcess.PUBLISH, "String")), "ranking-published");
        return n;
    }

    /** The admin starts the handover from Tasklist's start form (when not every SLS of the regency was simulated). */
    void startHandover(String admin, String campaign) {
        http.post(admin, http.engine("/process-definition/key/" + RankingHandoverProcess.KEY + "/submit-form"),
                Map.of("variables", Map.of(RankingHandoverProcess.VAR_CAMPAIGN, typed(campaign, "String"))));
        events.computeIfAbsent("handover-started-by-admin", e -> new AtomicInteger()).incrementAndGet();
    }

    private int completeAll(String user, String taskKey, String filter, Map<String, Object> variables, String event) {
        int n = 0;
        while (true) {
            JsonNode tasks = http.get(user, http.engine("/task?taskDefinitionKey=" + taskKey + filter
                    + "&sortBy=id&sortOrder=asc&firstResult=0&maxResults=200"));
            if (tasks.isEmpty()) {
                return n;
            }
            for (JsonNode task : tasks) {
                http.post(user, http.engine("/task/" + task.get("id").asText() + "/complete"),
                        Map.of("variables", variables));
                events.computeIfAbsent(event, e -> new AtomicInteger()).incrementAndGet();
                n++;
            }
        }
    }

    void count(String event) {
        events.computeIfAbsent(event, e -> new AtomicInteger()).incrementAndGet();
    }

    static Map<String, Object> typed(Object value, String type) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("value", value);
        v.put("type", type);
        return v;
    }
}
