package id.regsosek.recruitment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The Indonesian national ID number (NIK): 6 digits issuing province/regency/district, 6 digits birth date DDMMYY
 * with 40 added to the day for women, 4 digits serial. Checks never put the number itself in a message.
 */
public final class Nik {

    private static final Pattern DIGITS = Pattern.compile("\\d{16}");

    private Nik() {
    }

    /** @return null when the NIK fits the stated birth date and sex, else what is wrong (without the number) */
    public static String problem(String nik, LocalDate birthDate, String sex) {
        if (!DIGITS.matcher(nik).matches()) {
            return "NIK must be 16 digits";
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        boolean female = day > 40;
        int realDay = female ? day - 40 : day;
        try {
            LocalDate.of(2000 + yy, month, realDay);
        } catch (DateTimeException e) {
            // Day 29 February is checked against the stated year below; here only the impossible dates.
            if (!(month == 2 && realDay == 29)) {
                return "NIK date part is impossible (day " + day + ", month " + month + ")";
            }
        }
        if (birthDate != null) {
            if (birthDate.getDayOfMonth() != realDay || birthDate.getMonthValue() != month
                    || birthDate.getYear() % 100 != yy) {
                return "NIK date part contradicts birth_date";
            }
        }
        if (sex != null && ("P".equals(sex) != female)) {
            return "NIK date part contradicts sex " + sex + (female ? " (day+40 means a woman)" : " (a woman's day is +40)");
        }
        return null;
    }

    /** 3216********0001: the issuing regency and the serial, never the birth date. */
    public static String mask(String nik) {
        if (nik == null || nik.length() != 16) {
            return "****************";
        }
        return nik.substring(0, 4) + "********" + nik.substring(12);
    }
}
