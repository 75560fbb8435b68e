package id.regsosek.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Request and answer bodies of the field app API. */
public final class VisitApi {

    private VisitApi() {
    }

    public record AttemptRequest(String clientAttemptId, Instant attemptedAt, Integer resultCode,
                                 String prelistStatus, String note) {
    }

    public record AttemptAnswer(long attemptId, long familyId, String clientAttemptId, Instant attemptedAt,
                                int resultCode, boolean duplicate) {
    }

    public record CheckRequest(Boolean approved, String reason) {
    }

    public record DecisionRequest(Boolean yes, String note) {
    }

    public record HelpRequest(Instant appointmentAt, String note) {
    }

    public record NewFamilyRequest(String headName, String address, String kkNumber) {
    }

    public record TaskItem(String taskId, String kind, long familyId, String headName, String address,
                           String slsCode, Instant createdAt) {
    }

    public record Page<T>(long total, int page, int size, List<T> items) {
    }

    public record FamilyItem(long familyId, String slsCode, String headName, String address, String origin,
                             String prelistStatus, Integer resultCode, int attempts) {
    }

    public record FamilyDetail(FamilyItem family, List<Map<String, Object>> members,
                               List<AttemptLog.Attempt> attempts, List<VisitCalendar.Entry> calendar) {
    }

    public record CalendarDay(LocalDate day, List<VisitCalendar.Entry> entries) {
    }
}
