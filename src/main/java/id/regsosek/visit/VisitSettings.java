package id.regsosek.visit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Campaign settings of the visits: the enumeration period's last day (default 14 November, the Regsosek 2022
 * date, of the current or next year), the maximum attempt-days before the PML is asked for help, the local zone.
 */
@Component
public class VisitSettings {

    private static final MonthDay DEFAULT_END = MonthDay.of(11, 14);

    private final String periodEnd;
    private final int maxAttemptDays;
    private final ZoneId zone;

    public VisitSettings(@Value("${regsosek.visit.period-end:}") String periodEnd,
                         @Value("${regsosek.visit.max-attempt-days:4}") int maxAttemptDays,
                         @Value("${regsosek.visit.zone:Asia/Jakarta}") String zone) {
        if (maxAttemptDays < 1) {
            throw new IllegalArgumentException("regsosek.visit.max-attempt-days must be at least 1");
        }
        this.periodEnd = periodEnd;
        this.maxAttemptDays = maxAttemptDays;
        this.zone = ZoneId.of(zone);
    }

    /** The moment the period ends: the end of its last day, local time. */
    public Date periodEnd() {
        LocalDate last;
        if (periodEnd != null && !periodEnd.isBlank()) {
            last = LocalDate.parse(periodEnd.trim());
        } else {
            LocalDate today = LocalDate.now(zone);
            last = DEFAULT_END.atYear(today.getYear());
            if (last.isBefore(today)) {
                last = last.plusYears(1);
            }
        }
        return Date.from(last.atTime(LocalTime.of(23, 59)).atZone(zone).toInstant());
    }

    public int maxAttemptDays() {
        return maxAttemptDays;
    }

    public ZoneId zone() {
        return zone;
    }
}
