package id.regsosek.visit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the field app's requests do. Input is checked first (422 naming each field, nothing done). Each change
 * then runs in one transaction that starts by locking the family's row, so two requests about one family, from
 * one node or two, run one after the other: a report sent twice finds its attempt and answers "duplicate" with the
 * original result; a decision whose task the other request completed answers 409 with the reason. A reported
 * attempt completes the family's "Visit family" task; its attempt row is written by the process step in the same
 * transaction, so an attempt is logged exactly when the task completes.
 */
@Service
public class FieldVisitService {

    /** Column lengths: family_check.reason, visit_appointment.note. */
    static final int REASON_LENGTH = 500;
    /** How often a change that lost a race is tried again before it is answered 409. */
    static final int TRIES = 3;

    private final FieldTasks tasks;
    private final AttemptLog attempts;
    private final FamilyDataStore data;
    private final VisitRecording recording;
    private final VisitTimes times;
    private final FamilyLock lock;
    private final TransactionTemplate tx;

    public FieldVisitService(FieldTasks tasks, AttemptLog attempts, FamilyDataStore data, VisitRecording recording,
                             VisitTimes times, FamilyLock lock, PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.attempts = attempts;
        this.data = data;
        this.recording = recording;
        this.times = times;
        this.lock = lock;
        this.tx = new TransactionTemplate(transactions);
    }

    public VisitApi.AttemptAnswer reportAttempt(long familyId, VisitApi.AttemptRequest r) {
        FieldOfficers.FamilyTeam team = tasks.requireOwn(familyId, FieldTasks.Role.PPL);
        List<FieldProblem> problems = new ArrayList<>();
        recording.check(team.regencyCode(), r.clientAttemptId(), r.attemptedAt(), r.note(), r.prelistStatus(),
                problems);
        if (r.resultCode() == null || r.resultCode() < 1 || r.resultCode() > 5) {
            problems.add(new FieldProblem("resultCode", "wajib, bilangan bulat 1..5 (205: 1 lengkap, 2 belum"
                    + " lengkap, 3 tidak ada responden, 4 menolak, 5 pindah/bangunan tidak ada)"));
        }
        FieldText.require(problems);
        // Asked first, not left to the attempt's unique key: the delayed retry of a report may arrive when the
        // family already waits at its next visit, which must not be completed by it.
        Optional<VisitApi.AttemptAnswer> known = known(familyId, r.clientAttemptId());
        if (known.isPresent()) {
            return known.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return recordUnderLock(familyId, r);
            } catch (RuntimeException e) {
                // Whatever failed (a race lost, or the task already gone), a twin of this report that committed
                // meanwhile answers for it: the same report twice is a duplicate, never a conflict.
                Optional<VisitApi.AttemptAnswer> twin = known(familyId, r.clientAttemptId());
                if (twin.isPresent()) {
                    return twin.get();
                }
                if (!Races.lost(e)) {
                    throw e;
                }
                if (attempt == TRIES) {
                    throw new IllegalStateException("kunjungan keluarga " + familyId + " diubah bersamaan oleh"
                            + " permintaan lain; laporan ini tidak dicatat, kirim ulang dengan clientAttemptId yang"
                            + " sama");
                }
            }
        }
    }

    private VisitApi.AttemptAnswer recordUnderLock(long familyId, VisitApi.AttemptRequest r) {
        return tx.execute(s -> {
            lock.lock(familyId);
            // A twin of this report that held the lock first has committed its attempt by now.
            Optional<VisitApi.AttemptAnswer> twin = known(familyId, r.clientAttemptId());
            if (twin.isPresent()) {
                return twin.get();
            }
            String task = tasks.findOpenTask(familyId, VisitProcess.TASK_VISIT)
                    .orElseThrow(() -> tasks.noOpenTask(familyId, VisitProcess.TASK_VISIT));
            Map<String, Object> v = new HashMap<>();
            v.put(VisitProcess.RESULT_CODE, r.resultCode());
            v.put(VisitProcess.CLIENT_ATTEMPT_ID, r.clientAttemptId());
            v.put(VisitProcess.VISITED_AT, Date.from(r.attemptedAt() == null ? Instant.now() : r.attemptedAt()));
            v.put(VisitProcess.NOTE, r.note());
            v.put(VisitProcess.PRELIST_STATUS, r.prelistStatus());
            tasks.complete(task, v);
            return answer(attempts.byClientId(r.clientAttemptId()).orElseThrow(), false);
        });
    }

    private Optional<VisitApi.AttemptAnswer> known(long familyId, String clientAttemptId) {
        return attempts.byClientId(clientAttemptId).map(a -> {
            if (a.familyId() != familyId) {
                throw new IllegalStateException("attempt id " + clientAttemptId + " was used for another family");
            }
            return answer(a, true);
        });
    }

    private static VisitApi.AttemptAnswer answer(AttemptLog.Attempt a, boolean duplicate) {
        return new VisitApi.AttemptAnswer(a.id(), a.familyId(), a.clientAttemptId(), a.attemptedAt(), a.resultCode(),
                duplicate);
    }

    /** Stores the family's answers; allowed while the family is open (visit or correction), 409 once final. */
    public void submitData(long familyId, FamilyData d) {
        tasks.requireOwn(familyId, FieldTasks.Role.PPL);
        if (d == null) {
            throw new InvalidFamilyDataException(List.of(new FieldProblem("", "no family data")));
        }
        inFamily(familyId, () -> {
            Integer result = tasks.requireOwn(familyId, FieldTasks.Role.PPL).resultCode();
            if (result != null) {
                throw new IllegalStateException("family " + familyId + " is final (result " + result
                        + "); its data can no longer change");
            }
            data.save(familyId, d);
            return null;
        });
    }

    public void check(long familyId, VisitApi.CheckRequest r) {
        tasks.requireOwn(familyId, FieldTasks.Role.PML);
        List<FieldProblem> problems = new ArrayList<>();
        if (r == null || r.approved() == null) {
            problems.add(new FieldProblem("approved", "required"));
        } else if (!r.approved() && (r.reason() == null || r.reason().isBlank())) {
            problems.add(new FieldProblem("reason", "a returned form needs a reason for the PPL"));
        }
        if (r != null) {
            FieldText.note("reason", r.reason(), REASON_LENGTH, false, problems);
        }
        FieldText.require(problems);
        Map<String, Object> v = new HashMap<>();
        v.put(VisitProcess.APPROVED, r.approved());
        v.put(VisitProcess.RETURN_REASON, r.reason());
        completeIn(familyId, v, VisitProcess.TASK_CHECK_FORM);
    }

    public void corrected(long familyId) {
        tasks.requireOwn(familyId, FieldTasks.Role.PPL);
        completeIn(familyId, Map.of(), VisitProcess.TASK_CORRECT_FORM);
    }

    public void help(long familyId, VisitApi.HelpRequest r) {
        FieldOfficers.FamilyTeam team = tasks.requireOwn(familyId, FieldTasks.Role.PML);
        List<FieldProblem> problems = new ArrayList<>();
        if (r != null) {
            FieldText.note("note", r.note(), REASON_LENGTH, false, problems);
            times.appointment("appointmentAt", r.appointmentAt(), team.regencyCode(), problems);
        }
        FieldText.require(problems);
        Map<String, Object> v = new HashMap<>();
        v.put(VisitProcess.APPOINTMENT_AT, r == null || r.appointmentAt() == null ? null : Date.from(r.appointmentAt()));
        v.put(RecordAppointmentDelegate.HELP_NOTE, r == null ? null : r.note());
        completeIn(familyId, v, VisitProcess.TASK_NON_CONTACT_HELP);
    }

    /** A refusal effort: by the PML first; a Koseka (for the RT head or village head) when it went up. */
    public void refusalEffort(long familyId, VisitApi.DecisionRequest r, boolean asKoseka) {
        tasks.requireOwn(familyId, asKoseka ? FieldTasks.Role.KOSEKA : FieldTasks.Role.PML);
        requireYesNo(r);
        completeIn(familyId, Map.of(VisitProcess.CONVINCED, r.yes()),
                asKoseka ? VisitProcess.TASK_CONVINCE_OFFICIAL : VisitProcess.TASK_CONVINCE_PML);
    }

    public void confirmMove(long familyId, VisitApi.DecisionRequest r) {
        tasks.requireOwn(familyId, FieldTasks.Role.PML);
        requireYesNo(r);
        completeIn(familyId, Map.of(VisitProcess.MOVE_CONFIRMED, r.yes()), VisitProcess.TASK_CONFIRM_MOVE);
    }

    private static void requireYesNo(VisitApi.DecisionRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r == null || r.yes() == null) {
            problems.add(new FieldProblem("yes", "required, true/false"));
        }
        if (r != null) {
            FieldText.note("note", r.note(), REASON_LENGTH, false, problems);
        }
        FieldText.require(problems);
    }

    private void completeIn(long familyId, Map<String, Object> variables, String activity) {
        inFamily(familyId, () -> {
            tasks.complete(tasks.openTask(familyId, activity), variables);
            return null;
        });
    }

    /**
     * Runs a change of the family under its lock. Whatever still loses a race (a job or Tasklist, which do not take
     * the lock, changed the family at the same moment) is a 409 with the reason, never a 500.
     */
    private <T> T inFamily(long familyId, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(s -> {
                    lock.lock(familyId);
                    return work.get();
                });
            } catch (RuntimeException e) {
                if (e instanceof ProcessEngineException && e.getMessage() != null
                        && e.getMessage().contains("Cannot find task")) {
                    throw new IllegalStateException("the task of family " + familyId + " was completed meanwhile");
                }
                // A lost race is tried again (a lock wait that timed out, a job that moved the family): the next
                // try sees what won and answers from it (e.g. no open task any more: 409 with that reason).
                if (!Races.lost(e) || attempt == TRIES) {
                    throw raced(familyId, e);
                }
            }
        }
    }

    private static RuntimeException raced(long familyId, RuntimeException e) {
        if (Races.lost(e)) {
            return new IllegalStateException("keluarga " + familyId + " diubah bersamaan oleh permintaan lain;"
                    + " lihat tugasnya lagi sebelum mengirim ulang");
        }
        return e;
    }
}
