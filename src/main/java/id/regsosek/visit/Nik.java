package id.regsosek.visit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The national ID number (NIK): 16 digits, area code (6), birth date DDMMYY with 40 added to the day for women,
 * serial (4). Personal data: shown masked (3216********0001), never logged, never put in a message.
 */
public final class Nik {

    private Nik() {
    }

    public static String mask(String nik) {
        if (nik == null || nik.length() < 8) {
            return nik == null ? null : "****";
        }
        return nik.substring(0, 4) + "*".repeat(nik.length() - 8) + nik.substring(nik.length() - 4);
    }

    public static boolean wellFormed(String nik) {
        return nik != null && nik.matches("\\d{16}");
    }

    /** The sex the date part says (P when the day is above 40), if the date part is a real date. */
    public static Optional<String> sexOf(String nik) {
        return datePart(nik).map(d -> day(nik) > 40 ? "P" : "L");
    }

    /** The birth date of the date part; the century is the one that makes the person at most 100 years old. */
    public static Optional<LocalDate> datePart(String nik) {
        if (!wellFormed(nik)) {
            return Optional.empty();
        }
        int day = day(nik) > 40 ? day(nik) - 40 : day(nik);
        int month = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        int thisYear = LocalDate.now().getYear();
        int year = 2000 + yy > thisYear ? 1900 + yy : 2000 + yy;
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int day(String nik) {
        return Integer.parseInt(nik.substring(6, 8));
    }
}
