package id.regsosek.frame;

import java.util.regex.Pattern;

/** The Kemendagri code shapes: 32 province, 32.16 regency, 32.16.01 district, 32.16.01.2001 village. */
public final class AreaCodes {

    public static final Pattern PROVINCE = Pattern.compile("\\d{2}");
    public static final Pattern REGENCY = Pattern.compile("\\d{2}\\.\\d{2}");
    public static final Pattern DISTRICT = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}");
    public static final Pattern VILLAGE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");

    private AreaCodes() {
    }

    /** The code one level up: 32.16.01.2001 -> 32.16.01. */
    public static String parentOf(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? "" : code.substring(0, dot);
    }

    public static boolean isRegency(String code) {
        return code != null && REGENCY.matcher(code).matches();
    }

    /** The regency a district, village or SLS code belongs to: its first five characters. */
    public static String regencyOf(String code) {
        return code.length() >= 5 ? code.substring(0, 5) : code;
    }
}
