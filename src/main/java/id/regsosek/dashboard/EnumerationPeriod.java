package id.regsosek.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The field period (default 15 Oct - 14 Nov) and the share of the work expected done by a given day. */
@Component
public class EnumerationPeriod {

    private final LocalDate start;
    private final LocalDate end;

    public EnumerationPeriod(@Value("${regsosek.period.start:2022-10-15}") LocalDate start,
                             @Value("${regsosek.period.end:2022-11-14}") LocalDate end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("regsosek.period.end " + end + " is before its start " + start);
        }
        this.start = start;
        this.end = end;
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate end() {
        return end;
    }

    /** A straight line from 0 on the day before the start to 1 at the end of the last day. */
    public double expectedShare(LocalDate day) {
        long total = ChronoUnit.DAYS.between(start, end) + 1;
        long done = ChronoUnit.DAYS.between(start, day) + 1;
        return Math.max(0, Math.min(1, (double) done / total));
    }
}
