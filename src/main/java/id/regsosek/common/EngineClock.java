package id.regsosek.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock: the system clock unless something moves it (the simulation does, see README "Time
 * compression"). Whatever a timer of ours opens, closes or plans is compared with this clock, never with the system
 * clock, so a window and the timer that ends it cannot disagree.
 */
public final class EngineClock {

    private EngineClock() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Local date-time in the JVM's zone, as the campaign form's dates are read ({@code FormDates}). */
    public static LocalDateTime localNow() {
        return LocalDateTime.ofInstant(now(), ZoneId.systemDefault());
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneId.systemDefault());
    }
}
