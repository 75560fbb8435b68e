package id.regsosek.period;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A regency's field period (first and last day) and its state: OPEN, CLOSING (visits being closed), CLOSED. */
public record EnumerationPeriod(String regency, LocalDate start, LocalDate end, String state) {

    public static final String OPEN = "OPEN";
    public static final String CLOSING = "CLOSING";
    public static final String CLOSED = "CLOSED";

    /** A straight line from 0 on the day before the start to 1 at the end of the last day. */
    public double expectedShare(LocalDate day) {
        long total = ChronoUnit.DAYS.between(start, end) + 1;
        long done = ChronoUnit.DAYS.between(start, day) + 1;
        return Math.max(0, Math.min(1, (double) done / total));
    }
}
