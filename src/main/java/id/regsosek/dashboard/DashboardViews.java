package id.regsosek.dashboard;

import java.time.Instant;
import java.time.LocalDate;

/** What the dashboard API returns; the same rows feed the page, the JSON API and the CSV downloads. */
public final class DashboardViews {

    private DashboardViews() {
    }

    public record Summary(String regency, Instant refreshedAt, Integer refreshMs, LocalDate periodStart,
                          LocalDate periodEnd, double expectedShareToday, long expectedFamilies, long families,
                          long finalFamilies, long slsTotal, long slsComplete, long slsSignedOff,
                          long openIncidents) {
    }

    public record Step(String processKey, String activityId, String activityName, String activityType,
                       int open, double medianWaitHours, double p90WaitHours, Instant oldestSince) {
    }

    public record Area(String level, String code, String name, int expected, int families, int finalFamilies,
                       double finalShare, double expectedShareToday, double behindBy, int slsTotal,
                       int slsComplete, int slsSignedOff) {
    }

    public record Officer(String userId, String officerCode, String name, String role, String districtCode,
                          int openTasks, int overdueTasks, int attempts, int noRespondent, int refused,
                          int fastCompletions, int returnedForms, String flags) {
    }

    public record Funnel(String districtCode, String districtName, int registered, int eligible, int tested,
                         int selected, int trained, int deployed, int reserveLeft) {
    }

    /**
     * An SLS whose visits wait for a closed building's access: asked (ASKED) or refused and being arranged by the
     * regency office (REFUSED, with its deadline and whether it passed); {@code blockedHours} since its visits would
     * have started.
     */
    public record BlockedArea(String slsCode, String name, String districtCode, String accessKind, String status,
                              Instant blockedSince, double blockedHours, Instant deadlineAt, boolean overdue) {
    }

    /** A village's consultation forum: open or held, late, how many corrections it sent to re-verification. */
    public record VillageForum(String campaignKey, String villageCode, String villageName, String status,
                               String official, Instant dueAt, boolean late, Instant heldAt, int corrections) {
    }

    /** A campaign of the funnel's picker; {@code state} null for a key with candidates but no campaign process. */
    public record FunnelCampaign(String key, String label, String state, int candidates) {
    }

    /**
     * Something stuck: an incident, a step being retried, or a mail that fails (then {@code what} names the mail,
     * {@code recipient} is the address, masked unless the caller is the regency admin, and {@code mailId} is what
     * "Kirim ulang" resends).
     */
    public record Problem(String kind, String what, String recipient, String processKey, String activityId,
                          String processInstanceId, Instant since, String message, Long mailId) {
    }
}
