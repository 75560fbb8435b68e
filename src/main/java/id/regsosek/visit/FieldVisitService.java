package id.regsosek.visit;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the field app's requests do. A reported attempt completes the family's "Visit family" task; the attempt
 * row is written by the process step in the same transaction, so an attempt is logged exactly when the task
 * completes. A retried request (same client attempt id) finds its attempt and gets the same answer again.
 */
@Service
public class FieldVisitService {

    private final FieldTasks tasks;
    private final AttemptLog attempts;
    private final FamilyDataStore data;
    private final TransactionTemplate tx;

    public FieldVisitService(FieldTasks tasks, AttemptLog attempts, FamilyDataStore data,
                             PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.attempts = attempts;
        this.data = data;
        this.tx = new TransactionTemplate(transactions);
    }

    public VisitApi.AttemptAnswer reportAttempt(long familyId, VisitApi.AttemptRequest r) {
        tasks.requireOwn(familyId, FieldTasks.Role.PPL);
        if (r.clientAttemptId() == null || r.clientAttemptId().isBlank() || r.clientAttemptId().length() > 64) {
            throw new IllegalArgumentException("clientAttemptId is required (at most 64 characters)");
        }
        if (r.resultCode() == null || r.resultCode() < 1 || r.resultCode() > 5) {
            throw new InvalidFamilyDataException(java.util.List.of(new FieldProblem("resultCode",
                    "required, 1..5 (205: 1 complete, 2 incomplete, 3 no respondent, 4 refused, 5 moved)")));
        }
        // Asked first, not left to the attempt's unique key: the delayed retry of a report may arrive when the
        // family already waits at its next visit, which must not be completed by it.
        Optional<VisitApi.AttemptAnswer> known = known(familyId, r.clientAttemptId());
        if (known.isPresent()) {
            return known.get();
        }
        Optional<String> task = tasks.findOpenTask(familyId, VisitProcess.TASK_VISIT);
        if (task.isEmpty()) {
            throw tasks.noOpenTask(familyId, VisitProcess.TASK_VISIT);
        }
        try {
            tx.executeWithoutResult(s -> {
                Map<String, Object> v = new HashMap<>();
                v.put(VisitProcess.RESULT_CODE, r.resultCode());
                v.put(VisitProcess.CLIENT_ATTEMPT_ID, r.clientAttemptId());
                v.put(VisitProcess.VISITED_AT, Date.from(r.attemptedAt() == null ? Instant.now() : r.attemptedAt()));
                v.put(VisitProcess.NOTE, r.note());
                v.put(VisitProcess.PRELIST_STATUS, r.prelistStatus());
                tasks.complete(task.get(), v);
            });
        } catch (OptimisticLockingException | DataIntegrityViolationException | IllegalStateException e) {
            // A concurrent retry of the same report may have won the race: answer as for any retry.
            return known(familyId, r.clientAttemptId()).orElseThrow(() -> e instanceof IllegalStateException ise
                    ? ise : new IllegalStateException("the family's visit task changed meanwhile; report again"));
        }
        AttemptLog.Attempt a = attempts.byClientId(r.clientAttemptId()).orElseThrow();
        return answer(a, false);
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
        FieldOfficers.FamilyTeam team = tasks.requireOwn(familyId, FieldTasks.Role.PPL);
        if (team.resultCode() != null) {
            throw new IllegalStateException("family " + familyId + " is final (result " + team.resultCode()
                    + "); its data can no longer change");
        }
        tx.executeWithoutResult(s -> data.save(familyId, d));
    }

    public void check(long familyId, VisitApi.CheckRequest r) {
        tasks.requireOwn(familyId, FieldTasks.Role.PML);
        if (r.approved() == null) {
            throw new InvalidFamilyDataException(java.util.List.of(new FieldProblem("approved", "required")));
        }
        if (!r.approved() && (r.reason() == null || r.reason().isBlank())) {
            throw new InvalidFamilyDataException(java.util.List.of(new FieldProblem("reason",
                    "a returned form needs a reason for the PPL")));
        }
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
        tasks.requireOwn(familyId, FieldTasks.Role.PML);
        Map<String, Object> v = new HashMap<>();
        v.put(VisitProcess.APPOINTMENT_AT, r.appointmentAt() == null ? null : Date.from(r.appointmentAt()));
        v.put(RecordAppointmentDelegate.HELP_NOTE, r.note());
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
        if (r == null || r.yes() == null) {
            throw new InvalidFamilyDataException(java.util.List.of(new FieldProblem("yes", "required, true/false")));
        }
    }

    private void completeIn(long familyId, Map<String, Object> variables, String activity) {
        try {
            tx.executeWithoutResult(s -> tasks.complete(tasks.openTask(familyId, activity), variables));
        } catch (OptimisticLockingException e) {
            throw new IllegalStateException("task " + activity + " of family " + familyId + " was completed meanwhile");
        } catch (ProcessEngineException e) {
            if (e.getMessage() != null && e.getMessage().contains("Cannot find task")) {
                throw new IllegalStateException("task " + activity + " of family " + familyId + " is completed");
            }
            throw e;
        }
    }
}
