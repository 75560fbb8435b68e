package id.regsosek.visit;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Campaign settings of the visits: the maximum attempt-days before the PML is asked for help, the local zone and
 * how many visits start per transaction.
 * The period end is the regency's (id.regsosek.period): one setting, regsosek.period.start / end, for all.
 */
@Component
public class VisitSettings {

    private final int maxAttemptDays;
    private final ZoneId zone;
    private final int startChunk;
    private final int firstVisitsPerDay;

    public VisitSettings(@Value("${regsosek.visit.max-attempt-days:4}") int maxAttemptDays,
                         @Value("${regsosek.visit.zone:Asia/Jakarta}") String zone,
                         @Value("${regsosek.visit.start-chunk:500}") int startChunk,
                         @Value("${regsosek.visit.first-visits-per-day:15}") int firstVisitsPerDay) {
        if (maxAttemptDays < 1) {
            throw new IllegalArgumentException("regsosek.visit.max-attempt-days must be at least 1");
        }
        if (startChunk < 1 || startChunk > 5000) {
            throw new IllegalArgumentException("regsosek.visit.start-chunk must be 1..5000");
        }
        if (firstVisitsPerDay < 1 || firstVisitsPerDay > 500) {
            throw new IllegalArgumentException("regsosek.visit.first-visits-per-day must be 1..500");
        }
        this.firstVisitsPerDay = firstVisitsPerDay;
        this.maxAttemptDays = maxAttemptDays;
        this.zone = ZoneId.of(zone);
        this.startChunk = startChunk;
    }

    /** Families whose visits start in one transaction (one job of a district's "start fieldwork"). */
    public int startChunk() {
        return startChunk;
    }

    /** First visits planned a day per PPL: 15 leave half of a month's period for revisits of 250 families. */
    public int firstVisitsPerDay() {
        return firstVisitsPerDay;
    }

    public int maxAttemptDays() {
        return maxAttemptDays;
    }

    public ZoneId zone() {
        return zone;
    }
}
