package id.regsosek.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Indonesian national ID number (NIK), the one place that reads it: 16 digits, issuing province/regency/district
 * (digits 1-6), birth date DDMMYY with 40 added to the day for women (digits 7-12), serial (digits 13-16).
 * Personal data: shown masked ({@link #mask}), never logged, never put in a message.
 *
 * <p>Century rule. YY names no century. The registration counts living persons, so a date part is read as the latest
 * date with that day, month and YY that is not after today: a person aged 0 to 99 (a child born this year is 20YY,
 * 31 December YY of this year, still ahead, is 19YY). A stated birth date is compared by day, month and YY only, and a
 * stated age may be 100 years or more above what the rule gives, so centenarians are never refused.
 */
public final class Nik {

    private static final Pattern DIGITS = Pattern.compile("\\d{16}");
    private static final String MASKED = "****************";

    private Nik() {
    }

    public static boolean wellFormed(String nik) {
        return nik != null && DIGITS.matcher(nik).matches();
    }

    /**
     * 3216********0001: the issuing province and regency and the serial, never the birth date. Also for the family
     * card number (KK), which has the same shape. Anything that is not 16 digits is masked whole.
     */
    public static String mask(String nik) {
        if (nik == null) {
            return null;
        }
        return wellFormed(nik) ? nik.substring(0, 4) + "********" + nik.substring(12) : MASKED;
    }

    /** L or P, as the day part says (P when above 40), if the date part is a real date. */
    public static Optional<String> sexOf(String nik) {
        return birthDate(nik).map(d -> female(nik) ? "P" : "L");
    }

    /** The birth date by the century rule (age 0-99 today), if the date part is a real date. */
    public static Optional<LocalDate> birthDate(String nik) {
        return birthDate(nik, LocalDate.now());
    }

    static Optional<LocalDate> birthDate(String nik, LocalDate today) {
        if (!wellFormed(nik)) {
            return Optional.empty();
        }
        int yy = yy(nik);
        int century = today.getYear() / 100 * 100;
        for (int year : new int[] {century + yy, century - 100 + yy}) {
            try {
                LocalDate date = LocalDate.of(year, month(nik), day(nik));
                if (!date.isAfter(today)) {
                    return Optional.of(date);
                }
            } catch (DateTimeException e) {
                // 29 February of a year that is not a leap year: try the century before.
            }
        }
        return Optional.empty();
    }

    /** Whether the date part names this birth date (day, month and the year's last two digits). */
    public static boolean matchesBirthDate(String nik, LocalDate birth) {
        return wellFormed(nik) && birth.getDayOfMonth() == day(nik) && birth.getMonthValue() == month(nik)
                && birth.getYear() % 100 == yy(nik);
    }

    /** Whether a stated age fits the date part within a year, the age possibly a century or more above the rule's. */
    public static boolean ageFits(String nik, int age, LocalDate today) {
        Optional<LocalDate> born = birthDate(nik, today);
        if (born.isEmpty()) {
            return false;
        }
        for (int centuries = 0; centuries * 100 <= age + 1; centuries++) {
            int byNik = Period.between(born.get().minusYears(100L * centuries), today).getYears();
            if (Math.abs(byNik - age) <= 1) {
                return true;
            }
        }
        return false;
    }

    /** @return null when the NIK fits the stated birth date and sex (either may be null), else what is wrong, without the number */
    public static String problem(String nik, LocalDate birthDate, String sex) {
        if (!wellFormed(nik)) {
            return "NIK must be 16 digits";
        }
        if (birthDate == null ? birthDate(nik).isEmpty() : !realDayAndMonth(nik)) {
            return "NIK date part is impossible (day " + Integer.parseInt(nik.substring(6, 8)) + ", month " + month(nik) + ")";
        }
        if (birthDate != null && !matchesBirthDate(nik, birthDate)) {
            return "NIK date part contradicts birth_date";
        }
        if (sex != null && "P".equals(sex) != female(nik)) {
            return "NIK date part contradicts sex " + sex + (female(nik) ? " (day+40 means a woman)"
                    : " (a woman's day is +40)");
        }
        return null;
    }

    /** Day and month exist in some year (29 February included: the stated birth date's year decides). */
    private static boolean realDayAndMonth(String nik) {
        try {
            LocalDate.of(2000, month(nik), day(nik));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean female(String nik) {
        return Integer.parseInt(nik.substring(6, 8)) > 40;
    }

    private static int day(String nik) {
        int day = Integer.parseInt(nik.substring(6, 8));
        return day > 40 ? day - 40 : day;
    }

    private static int month(String nik) {
        return Integer.parseInt(nik.substring(8, 10));
    }

    private static int yy(String nik) {
        return Integer.parseInt(nik.substring(10, 12));
    }
}
