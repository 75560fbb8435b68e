package id.regsosek.visit;

import java.time.Instant;
import java.util.Set;
import org.springframework.stereotype.Service;

/** What a reported visit changes in our tables: the attempt log, the prelist status, and the family's answers. */
@Service
public class VisitRecording {

    static final Set<String> PRELIST_STATUSES = Set.of("FOUND", "MOVED", "DIED", "SPLIT", "NEW");

    private final AttemptLog attempts;
    private final FamilyResults results;
    private final FamilyDataStore data;
    private final FieldOfficers officers;

    public VisitRecording(AttemptLog attempts, FamilyResults results, FamilyDataStore data, FieldOfficers officers) {
        this.attempts = attempts;
        this.results = results;
        this.data = data;
        this.officers = officers;
    }

    /** Records one visit; returns the attempt-days of non-contact so far. */
    public int record(long familyId, int resultCode, String clientAttemptId, Instant visitedAt, String note,
                      String prelistStatus, FamilyData keyed) {
        if (prelistStatus != null && !PRELIST_STATUSES.contains(prelistStatus)) {
            throw new IllegalArgumentException("prelist status must be one of " + PRELIST_STATUSES);
        }
        if (note != null && note.length() > 500) {
            throw new IllegalArgumentException("note is longer than 500 characters");
        }
        if (keyed != null) {
            data.save(familyId, keyed);
        }
        if (resultCode == VisitProcess.COMPLETE && !data.hasHead(familyId)) {
            throw new InvalidFamilyDataException(java.util.List.of(new FieldProblem("members",
                    "result 1 (complete) needs the family's data with its head; submit it first")));
        }
        Long ppl = officers.team(familyId).map(FieldOfficers.FamilyTeam::pplOfficerId).orElse(null);
        attempts.record(familyId, ppl, clientAttemptId, visitedAt == null ? Instant.now() : visitedAt, resultCode,
                note);
        if (prelistStatus != null) {
            results.setPrelistStatus(familyId, prelistStatus);
        }
        return attempts.nonContactDays(familyId);
    }
}
