package id.regsosek.imports;

/**
 * One thing wrong with one line of an imported file. Line numbers are 1-based and count the header line, so they
 * match what a spreadsheet or text editor shows; line 0 means the file as a whole.
 */
public record ImportProblem(String file, int line, String column, String reason) {

    public static ImportProblem ofFile(String file, String reason) {
        return new ImportProblem(file, 0, null, reason);
    }

    @Override
    public String toString() {
        String where = (file == null ? "" : file + " ") + (line > 0 ? "line " + line : "(whole file)");
        return column == null ? where + ": " + reason : where + ", column " + column + ": " + reason;
    }
}
