package id.regsosek.recruitment.campaign;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Dates and times as a start form's date pickers send them: {@code 2026-12-01}, {@code 2026-12-01T12:00} (no
 * time zone), or with an offset ({@code 2026-12-01T12:00+07:00}, {@code ...Z}), which is read in the server's time
 * zone like every campaign time. A value that is none of these is refused naming the field.
 */
final class FormDates {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private FormDates() {
    }

    static LocalDateTime dateTime(String value, String field) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            throw new IllegalArgumentException(field + " wajib diisi (tanggal dan jam).");
        }
        try {
            return LocalDateTime.parse(v);
        } catch (DateTimeParseException notLocal) {
            try {
                return OffsetDateTime.parse(v).atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(field + ": '" + shorten(v) + "' bukan tanggal dan jam"
                        + " (pilih di kalender, mis. 2026-12-01 12:00).");
            }
        }
    }

    static LocalDate date(String value, String field) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            throw new IllegalArgumentException(field + " wajib diisi.");
        }
        try {
            return LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + shorten(v) + "' bukan tanggal (pilih di kalender,"
                    + " mis. 2026-12-10).");
        }
    }

    static String shown(LocalDateTime t) {
        return t.format(SHOWN);
    }

    private static String shorten(String v) {
        String clean = v.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 30 ? clean.substring(0, 30) + "..." : clean;
    }
}
