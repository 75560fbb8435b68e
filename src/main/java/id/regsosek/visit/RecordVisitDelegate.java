package id.regsosek.visit;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After "Visit family": logs the attempt, moves keyed data into our tables, counts attempt-days. */
@Component("recordVisit")
public class RecordVisitDelegate implements JavaDelegate {

    private final VisitRecording recording;
    private final NewFamilies newFamilies;
    private final VisitSettings settings;
    private final FamilyDataValidator validator;
    private final VisitSubject subject;

    public RecordVisitDelegate(VisitRecording recording, NewFamilies newFamilies, VisitSettings settings,
                               FamilyDataValidator validator, VisitSubject subject) {
        this.subject = subject;
        this.recording = recording;
        this.validator = validator;
        this.newFamilies = newFamilies;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        VisitVariables v = new VisitVariables(execution);
        VisitSubject.Family family = subject.of(execution);
        long familyId = family.id();
        // Tasklist sends no attempt id: the completion itself is the single attempt (one transaction).
        String clientId = v.text(VisitProcess.CLIENT_ATTEMPT_ID);
        int result = v.resultCode();
        FamilyData keyed = FormFamilyData.read(execution).map(this::valid).orElse(null);
        int days = recording.record(familyId, result,
                clientId == null ? "tasklist-" + UUID.randomUUID() : clientId,
                v.instant(VisitProcess.VISITED_AT, settings.zone()), v.text(VisitProcess.NOTE),
                v.text(VisitProcess.PRELIST_STATUS), keyed);
        String newHead = v.text(VisitProcess.NEW_FAMILY_HEAD);
        if (newHead != null) {
            newFamilies.add(family.slsId(), newHead, v.text("newFamilyAddress"), null);
        }
        execution.setVariable(VisitProcess.RESULT_CODE, result);
        execution.setVariable(VisitProcess.ATTEMPT_DAYS, days);
        execution.removeVariables(FormFamilyData.variableNames());
        execution.removeVariables(List.of(VisitProcess.CLIENT_ATTEMPT_ID, VisitProcess.VISITED_AT,
                VisitProcess.NOTE, VisitProcess.PRELIST_STATUS, VisitProcess.NEW_FAMILY_HEAD, "newFamilyAddress"));
    }

    /** Checked here first so that a problem names the form's row (Tasklist shows the message to the office). */
    private FamilyData valid(FormFamilyData.Keyed keyed) {
        List<FieldProblem> problems = keyed.problems(validator);
        if (!problems.isEmpty()) {
            throw new InvalidFamilyDataException(problems);
        }
        return keyed.data();
    }
}
