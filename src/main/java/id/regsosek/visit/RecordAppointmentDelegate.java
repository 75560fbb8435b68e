package id.regsosek.visit;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** After the PML's help: the appointment (or, without one, the next slot) goes into the PPL's calendar. */
@Component("recordAppointment")
public class RecordAppointmentDelegate implements JavaDelegate {

    static final String HELP_NOTE = "helpNote";

    private final VisitCalendar calendar;
    private final FieldOfficers officers;
    private final VisitSettings settings;
    private final VisitSubject subject;

    public RecordAppointmentDelegate(VisitCalendar calendar, FieldOfficers officers, VisitSettings settings,
                                     VisitSubject subject) {
        this.subject = subject;
        this.calendar = calendar;
        this.officers = officers;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        VisitVariables v = new VisitVariables(execution);
        long familyId = subject.of(execution).id();
        Instant at = v.instant(VisitProcess.APPOINTMENT_AT, settings.zone());
        // The engine's now, which fires the timer: equal to the system clock unless a simulation moves it.
        Instant now = ClockUtil.getCurrentTime().toInstant();
        if (at == null || at.isBefore(now)) {
            at = calendar.nextRevisit(now, now);
        }
        String note = v.text(HELP_NOTE);
        if (note != null && note.length() > 500) {
            throw new IllegalArgumentException("note is longer than 500 characters");
        }
        Long ppl = officers.team(familyId).map(FieldOfficers.FamilyTeam::pplOfficerId).orElse(null);
        calendar.add(familyId, ppl, at, "APPOINTMENT", false, note);
        execution.setVariable(VisitProcess.APPOINTMENT_AT, Date.from(at));
        execution.removeVariable(HELP_NOTE);
    }
}
