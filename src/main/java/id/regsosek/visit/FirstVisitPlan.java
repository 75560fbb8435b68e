package id.regsosek.visit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The PPL's day plan for first visits: when an SLS's visits start, each of the PPL's families gets the day of its
 * first visit, {@code regsosek.visit.first-visits-per-day} families a day in prelist order (the PPL walks its
 * SLS building by building), so Tasklist's "Kunjungan hari ini" is a day's work, not the whole month. The day
 * becomes the visit task's follow-up date (the model's {@code camunda:followUpDate}); a revisit's task is due when
 * it exists (its timer fired), as is a family found in the field or sent back by a village forum.
 */
@Component("visitPlan")
public class FirstVisitPlan {

    /** Noon local: "today" in Tasklist is counted from the server's midnight, which is UTC or the regency's. */
    private static final LocalTime PLANNED_AT = LocalTime.NOON;

    private final VisitSettings settings;

    public FirstVisitPlan(VisitSettings settings) {
        this.settings = settings;
    }

    /** The planned day of the n-th (0-based) first visit of a PPL whose visits start today. */
    public Date day(int ordinal) {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), settings.zone());
        return Date.from(today.plusDays(ordinal / settings.firstVisitsPerDay()).atTime(PLANNED_AT)
                .atZone(settings.zone()).toInstant());
    }

    /** The follow-up date of a visit task: the planned day before any attempt, else none (due now). */
    public Date followUp(DelegateExecution execution) {
        VisitVariables v = new VisitVariables(execution);
        Integer attempts = v.integer(VisitProcess.ATTEMPT_DAYS);
        return attempts != null && attempts > 0 ? null : (Date) execution.getVariable(VisitProcess.PLANNED_DAY);
    }
}
