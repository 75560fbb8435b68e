package id.regsosek.period;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The configured default period (regsosek.period.start / end) that a regency gets when its first visits start,
 * before any move by its admin. Left empty it is the Regsosek 2022 window, 15 Oct - 14 Nov, of the current year
 * (of the next year once 14 Nov has passed), so a fresh demo never starts with its period already over; while that
 * 15 Oct is still ahead, it starts on the day it is written (the first visits), since reported visits must lie
 * within the period.
 */
@Component
public class PeriodSettings {

    private static final MonthDay DEFAULT_START = MonthDay.of(10, 15);
    private static final MonthDay DEFAULT_END = MonthDay.of(11, 14);
    /** The period's last day ends at this local time. */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    private final String start;
    private final String end;
    private final ZoneId zone;
    private final int closeChunk;

    public PeriodSettings(@Value("${regsosek.period.start:}") String start,
                          @Value("${regsosek.period.end:}") String end,
                          @Value("${regsosek.visit.zone:Asia/Jakarta}") String zone,
                          @Value("${regsosek.period.close-chunk:200}") int closeChunk) {
        if (closeChunk < 1) {
            throw new IllegalArgumentException("regsosek.period.close-chunk must be at least 1");
        }
        this.start = start;
        this.end = end;
        this.zone = ZoneId.of(zone);
        this.closeChunk = closeChunk;
        if (defaultEnd().isBefore(defaultStart())) {
            throw new IllegalArgumentException("regsosek.period.end " + defaultEnd() + " is before its start "
                    + defaultStart());
        }
    }

    public LocalDate defaultStart() {
        if (start != null && !start.isBlank()) {
            return LocalDate.parse(start.trim());
        }
        // Visits may be reported from the day they start: a default period whose 15 October is still ahead starts
        // today rather than refuse them as before the period (a demo started in May).
        LocalDate start = DEFAULT_START.atYear(defaultEnd().getYear());
        return start.isAfter(today()) ? today() : start;
    }

    public LocalDate defaultEnd() {
        if (end != null && !end.isBlank()) {
            return LocalDate.parse(end.trim());
        }
        LocalDate today = today();
        LocalDate last = DEFAULT_END.atYear(today.getYear());
        return last.isBefore(today) ? last.plusYears(1) : last;
    }

    /** The moment a period whose last day is {@code last} ends: the end of that day, local time. */
    public Date endMoment(LocalDate last) {
        return Date.from(last.atTime(END_OF_DAY).atZone(zone).toInstant());
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public int closeChunk() {
        return closeChunk;
    }
}
