package id.regsosek.office;

/** A person's value as it may appear in a message: short, no control characters. */
final class OfficeText {

    private OfficeText() {
    }

    static String shown(String value) {
        if (value == null) {
            return "";
        }
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "..." : clean;
    }
}
