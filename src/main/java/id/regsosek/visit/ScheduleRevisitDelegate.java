package id.regsosek.visit;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Nobody home or incomplete: plans the next attempt (another day, another time of day), notice letter left; in a
 * closed building, inside the hours its management allows.
 */
@Component("scheduleRevisit")
public class ScheduleRevisitDelegate implements JavaDelegate {

    private final AttemptLog attempts;
    private final VisitCalendar calendar;
    private final FieldOfficers officers;
    private final VisitSubject subject;

    public ScheduleRevisitDelegate(AttemptLog attempts, VisitCalendar calendar, FieldOfficers officers,
                                   VisitSubject subject) {
        this.subject = subject;
        this.attempts = attempts;
        this.calendar = calendar;
        this.officers = officers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        VisitSubject.Family family = subject.of(execution);
        long familyId = family.id();
        // The engine's now, which fires the timer: equal to the system clock unless a simulation moves it.
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant last = attempts.last(familyId).map(AttemptLog.Attempt::attemptedAt).orElse(now);
        Instant next = calendar.nextRevisit(last, now, calendar.allowedHours(family.slsId()));
        Long ppl = officers.team(familyId).map(FieldOfficers.FamilyTeam::pplOfficerId).orElse(null);
        calendar.add(familyId, ppl, next, "REVISIT", true, "surat pemberitahuan ditinggalkan");
        execution.setVariable(VisitProcess.REVISIT_AT, Date.from(next));
    }
}
