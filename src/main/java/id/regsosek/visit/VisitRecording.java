package id.regsosek.visit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/** What a reported visit changes in our tables: the attempt log, the prelist status, and the family's answers. */
@Service
public class VisitRecording {

    static final Set<String> PRELIST_STATUSES = Set.of("FOUND", "MOVED", "DIED", "SPLIT", "NEW");
    /** Column lengths of visit_attempt. */
    static final int ATTEMPT_ID_LENGTH = 64;
    static final int NOTE_LENGTH = 500;

    private final AttemptLog attempts;
    private final FamilyResults results;
    private final FamilyDataStore data;
    private final FieldOfficers officers;
    private final VisitTimes times;

    public VisitRecording(AttemptLog attempts, FamilyResults results, FamilyDataStore data, FieldOfficers officers,
                          VisitTimes times) {
        this.times = times;
        this.attempts = attempts;
        this.results = results;
        this.data = data;
        this.officers = officers;
    }

    /**
     * The checks of a reported visit, the same for the field API (asked before anything is done, answered 422) and
     * for Tasklist (here, in the step): attempt id, note, prelist status and when it happened.
     */
    public void check(String regency, String clientAttemptId, Instant visitedAt, String note, String prelistStatus,
                      List<FieldProblem> problems) {
        FieldText.line("clientAttemptId", clientAttemptId, ATTEMPT_ID_LENGTH, true, problems);
        FieldText.note("note", note, NOTE_LENGTH, false, problems);
        if (prelistStatus != null && !PRELIST_STATUSES.contains(prelistStatus)) {
            problems.add(new FieldProblem("prelistStatus", "harus salah satu dari " + PRELIST_STATUSES));
        }
        times.visited("attemptedAt", visitedAt, regency, problems);
    }

    /** Records one visit; returns the attempt-days of non-contact so far. */
    public int record(long familyId, int resultCode, String clientAttemptId, Instant visitedAt, String note,
                      String prelistStatus, FamilyData keyed) {
        FieldOfficers.FamilyTeam team = officers.team(familyId).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        check(team.regencyCode(), clientAttemptId, visitedAt, note, prelistStatus, problems);
        FieldText.require(problems);
        if (keyed != null) {
            data.save(familyId, keyed);
        }
        if (resultCode == VisitProcess.COMPLETE && !data.hasHead(familyId)) {
            throw new InvalidFamilyDataException(java.util.List.of(new FieldProblem("members",
                    "result 1 (complete) needs the family's data with its head; submit it first")));
        }
        Long ppl = team.pplOfficerId();
        attempts.record(familyId, ppl, clientAttemptId, visitedAt == null ? Instant.now() : visitedAt, resultCode,
                note);
        if (prelistStatus != null) {
            results.setPrelistStatus(familyId, prelistStatus);
        }
        return attempts.nonContactDays(familyId);
    }
}
