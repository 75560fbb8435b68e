package id.regsosek.visit;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Campaign settings of the visits: the maximum attempt-days before the PML is asked for help and the local zone.
 * The period end is the regency's (id.regsosek.period): one setting, regsosek.period.start / end, for all.
 */
@Component
public class VisitSettings {

    private final int maxAttemptDays;
    private final ZoneId zone;

    public VisitSettings(@Value("${regsosek.visit.max-attempt-days:4}") int maxAttemptDays,
                         @Value("${regsosek.visit.zone:Asia/Jakarta}") String zone) {
        if (maxAttemptDays < 1) {
            throw new IllegalArgumentException("regsosek.visit.max-attempt-days must be at least 1");
        }
        this.maxAttemptDays = maxAttemptDays;
        this.zone = ZoneId.of(zone);
    }

    public int maxAttemptDays() {
        return maxAttemptDays;
    }

    public ZoneId zone() {
        return zone;
    }
}
