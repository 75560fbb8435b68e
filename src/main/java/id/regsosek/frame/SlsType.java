package id.regsosek.frame;

import java.util.Locale;

/** An SLS proper (usually one RT neighbourhood) or a non-SLS area (plantation, dormitory, apartment block). */
public enum SlsType {
    SLS, NON_SLS;

    /** Accepts the spellings offices use: SLS, NON_SLS, non-SLS, "non sls". */
    public static SlsType parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (t) {
            case "SLS" -> SLS;
            case "NON_SLS", "NONSLS" -> NON_SLS;
            default -> null;
        };
    }
}
