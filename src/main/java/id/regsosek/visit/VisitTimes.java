package id.regsosek.visit;

import id.regsosek.period.EnumerationPeriod;
import id.regsosek.period.EnumerationPeriods;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a visit may have happened: within the regency's enumeration period (its first day from 00:00 to the end
 * of its last day, local time) and not in the future beyond {@code regsosek.visit.clock-skew} (10 minutes: a
 * phone's clock runs a little ahead). Timers and revisits are set from these moments, so nothing else is taken.
 * Once the period is CLOSED every visit still open is a re-verification (a forum's correction, a reopening after
 * the close-out), which happens after the period: then any time from the period's start to now is taken.
 */
@Component
public class VisitTimes {

    private final EnumerationPeriods periods;
    private final ZoneId zone;
    private final Duration skew;

    public VisitTimes(EnumerationPeriods periods, VisitSettings settings,
                      @Value("${regsosek.visit.clock-skew:PT10M}") Duration skew) {
        if (skew.isNegative() || skew.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("regsosek.visit.clock-skew must be 0..PT1H");
        }
        this.periods = periods;
        this.zone = settings.zone();
        this.skew = skew;
    }

    /** Adds a problem for {@code field} when the moment a visit happened is outside what is possible. */
    public void visited(String field, Instant at, String regency, List<FieldProblem> problems) {
        if (at == null) {
            return;
        }
        EnumerationPeriod period = periods.of(regency);
        Instant start = period.start().atStartOfDay(zone).toInstant();
        Instant end = period.end().plusDays(1).atStartOfDay(zone).toInstant();
        boolean reverification = EnumerationPeriod.CLOSED.equals(period.state());
        if (at.isAfter(Instant.now().plus(skew))) {
            problems.add(new FieldProblem(field, "waktu di masa depan (lebih dari " + skew.toMinutes()
                    + " menit dari sekarang); periksa jam perangkat"));
        } else if (at.isBefore(start) || !reverification && !at.isBefore(end)) {
            problems.add(new FieldProblem(field, "di luar periode pendataan " + period.start() + " s.d. "
                    + period.end()));
        }
    }

    /** An appointment lies before the end of the period (one in the past is replaced by the next slot). */
    public void appointment(String field, Instant at, String regency, List<FieldProblem> problems) {
        if (at == null) {
            return;
        }
        EnumerationPeriod period = periods.of(regency);
        if (!at.isBefore(period.end().plusDays(1).atStartOfDay(zone).toInstant())) {
            problems.add(new FieldProblem(field, "setelah akhir periode pendataan " + period.end()));
        }
    }
}
