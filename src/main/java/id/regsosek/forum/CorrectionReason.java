package id.regsosek.forum;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why a village forum corrects a family (the list). A file names it by code, Indonesian or English, in any
 * case: {@code pindah} or {@code moved}. What is kept and sent to the field is the Indonesian label.
 */
public enum CorrectionReason {

    MOVED("pindah", "moved", "Pindah"),
    DIED("meninggal", "died", "Meninggal"),
    NOT_POOR("tidak_miskin", "not_poor", "Tidak miskin"),
    POOR_MISSED("miskin_terlewat", "poor_but_missed", "Miskin tetapi terlewat"),
    DUPLICATE("ganda", "duplicate", "Ganda");

    private final String code;
    private final String english;
    private final String label;

    CorrectionReason(String code, String english, String label) {
        this.code = code;
        this.english = english;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<CorrectionReason> of(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(r -> r.code.equals(v) || r.english.equals(v)).findFirst();
    }

    /** The codes, for a message: {@code pindah, meninggal, ...}. */
    public static String codes() {
        return Arrays.stream(values()).map(r -> r.code).collect(Collectors.joining(", "));
    }
}
