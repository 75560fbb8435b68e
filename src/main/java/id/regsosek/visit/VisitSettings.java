package id.regsosek.visit;

import id.regsosek.period.PeriodSettings;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Campaign settings of the visits: the maximum attempt-days before the PML is asked for help and the local zone.
 * The period end is the regency's (id.regsosek.period): one setting, regsosek.period.start / end, for all.
 */
@Component
public class VisitSettings {

    private final PeriodSettings period;
    private final int maxAttemptDays;
    private final ZoneId zone;

    public VisitSettings(PeriodSettings period,
                         @Value("${regsosek.visit.max-attempt-days:4}") int maxAttemptDays,
                         @Value("${regsosek.visit.zone:Asia/Jakarta}") String zone) {
        if (maxAttemptDays < 1) {
            throw new IllegalArgumentException("regsosek.visit.max-attempt-days must be at least 1");
        }
        this.period = period;
        this.maxAttemptDays = maxAttemptDays;
        this.zone = ZoneId.of(zone);
    }

    /** The configured default period end (a regency that moved its end has its own: EnumerationPeriods). */
    public Date periodEnd() {
        return period.endMoment(period.defaultEnd());
    }

    public int maxAttemptDays() {
        return maxAttemptDays;
    }

    public ZoneId zone() {
        return zone;
    }
}
