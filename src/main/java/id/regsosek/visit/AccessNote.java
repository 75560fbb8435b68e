package id.regsosek.visit;

/**
 * The note every task of a closed building's family shows: the hours the management allows and whom to ask at the
 * gate. Built from the SLS's granted sls_access row when its visits start (and for the officer's own page).
 */
public final class AccessNote {

    /** Shown for a closed building whose access is not granted yet: nothing to visit there. */
    public static final String WAITING = "Gedung tertutup: menunggu izin pengelola gedung, kunjungan belum dimulai.";

    private AccessNote() {
    }

    /** @return the note, or null for an SLS without a granted access row */
    public static String of(String hoursFrom, String hoursTo, String contactName, String contactPhone) {
        if (hoursFrom == null || hoursTo == null) {
            return null;
        }
        return "Gedung tertutup: kunjungi hanya pukul " + hoursFrom + "-" + hoursTo + ". Narahubung: "
                + contactName + (contactPhone == null ? "" : " (" + contactPhone + ")") + ".";
    }
}
