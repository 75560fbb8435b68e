package id.regsosek.frame;

import java.util.Locale;
import java.util.Optional;

/**
 * A closed building whose management must let the officers in before its families are visited: an apartment
 * block, gated housing or a dormitory. An SLS without one is open (no access step).
 */
public enum SlsAccessKind {
    APARTEMEN, PERUMAHAN_TERTUTUP, ASRAMA;

    /** The values an SLS file or the Koseka may give, for messages. */
    public static final String ALLOWED = "APARTEMEN, PERUMAHAN_TERTUTUP, ASRAMA, atau kosong (tidak perlu izin)";

    /**
     * Empty, {@code -} or {@code TIDAK} is "no access step"; otherwise one of the kinds, spelled with spaces or
     * hyphens as spreadsheets do. {@code null} for a value that is none of them.
     */
    public static Optional<SlsAccessKind> parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (t) {
            case "", "_", "TIDAK" -> Optional.empty();
            case "APARTEMEN", "APARTMENT", "RUSUN" -> Optional.of(APARTEMEN);
            case "PERUMAHAN_TERTUTUP", "CLUSTER" -> Optional.of(PERUMAHAN_TERTUTUP);
            case "ASRAMA" -> Optional.of(ASRAMA);
            default -> null;
        };
    }
}
