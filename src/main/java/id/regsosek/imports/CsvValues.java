package id.regsosek.imports;

/**
 * What a single value of an import may hold: UTF-8 text on one line, no control characters (NUL, escape, a lone
 * CR...), no invisible characters that reorder or hide text, and no more characters than its column stores.
 */
final class CsvValues {

    private CsvValues() {
    }

    /** @return what is wrong with the value, or null */
    static String problem(String value, int maxLength) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == TextDecoding.NOT_UTF8 && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
                return "wrong encoding: bytes that are not UTF-8 text at character " + (i + 1)
                        + " of the value (save the file as \"CSV UTF-8\")";
            }
            if (c == '\n' || c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                return "a line break inside a quoted value: every value of this file is one line (or a closing"
                        + " quote is missing)";
            }
            String name = forbidden(c);
            if (name != null) {
                return "control character " + String.format("U+%04X", (int) c) + name + " at character " + (i + 1)
                        + " of the value: remove it";
            }
        }
        int length = value.trim().codePointCount(0, value.trim().length());
        if (maxLength > 0 && length > maxLength) {
            return "too long: " + length + " characters, at most " + maxLength;
        }
        return null;
    }

    /** @return a name (with a leading space, possibly empty) for a character no value may hold, else null */
    private static String forbidden(char c) {
        return switch (c) {
            case 0 -> " (NUL)";
            case '\t' -> " (tab)";
            case '\r' -> " (carriage return)";
            case 0x1B -> " (escape)";
            case 0x7F -> " (delete)";
            case '\uFEFF' -> " (byte-order mark: were two files joined?)";
            case '\u2028', '\u2029' -> " (line separator)";
            case '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069' ->
                    " (invisible text-direction control)";
            default -> c < 0x20 || c >= 0x80 && c <= 0x9F ? "" : null;
        };
    }
}
