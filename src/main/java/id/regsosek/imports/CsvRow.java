package id.regsosek.imports;

import java.util.Map;

/** One data row of a CSV file, its values by (lower-case) column name, with the line it started on. */
public record CsvRow(int line, Map<String, String> values) {

    /** The trimmed value, or an empty string when the cell is empty. */
    public String get(String column) {
        String v = values.get(column);
        return v == null ? "" : v.trim();
    }
}
