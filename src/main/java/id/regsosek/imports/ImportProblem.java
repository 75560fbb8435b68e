package id.regsosek.imports;

/**
 * One thing wrong with one record of an imported file. Line numbers are 1-based, count the header line and name
 * the physical line a record starts on, so they match what a text editor shows. The column is the header's name
 * for it, or "field N" where the header names none (a field beyond the header, a file that could not be read).
 */
public record ImportProblem(String file, int line, String column, String reason) {

    /** The column label of the field at {@code index} (0-based) when the header gives it no name. */
    public static String field(int index) {
        return "field " + (index + 1);
    }

    @Override
    public String toString() {
        return (file == null ? "" : file + " ") + "line " + line + ", column " + column + ": " + reason;
    }
}
