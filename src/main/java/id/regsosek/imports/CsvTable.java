package id.regsosek.imports;

import id.regsosek.csv.CsvRecords;
import id.regsosek.csv.CsvRecords.CsvRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file read strictly, the one reader of every import: UTF-8 only, RFC 4180 quoting only (a backslash is
 * data), a header naming every required column once (any order, any case), every record with as many fields as
 * the header, every value one line of text without control characters and no longer than its column. Problems go
 * to the caller's {@link Problems} with the line the record starts on and the column; a record with any problem
 * is not handed on, so the caller's own checks only see clean values.
 */
public final class CsvTable {

    private final List<CsvRow> rows;

    private CsvTable(List<CsvRow> rows) {
        this.rows = rows;
    }

    public List<CsvRow> rows() {
        return rows;
    }

    public static CsvTable read(Problems problems, byte[] content, List<CsvColumn> columns) {
        String text = TextDecoding.decode(content, problems);
        if (text == null) {
            return new CsvTable(List.of());
        }
        CsvRecords records = CsvRecords.of(text, detectSeparator(text));
        CsvRecord head = records.next();
        while (head != null && head.isBlank() && head.faults().isEmpty()) {
            head = records.next();
        }
        if (head == null) {
            problems.add(1, ImportProblem.field(0), "the file is empty: expected a header line with "
                    + String.join(",", CsvColumn.names(columns)));
            return new CsvTable(List.of());
        }
        List<String> header = header(head, columns, problems);
        if (header == null) {
            return new CsvTable(List.of());
        }
        Map<String, Integer> maxLength = new HashMap<>();
        columns.forEach(c -> maxLength.put(c.name(), c.maxLength()));
        List<CsvRow> rows = new ArrayList<>();
        for (CsvRecord r = records.next(); r != null; r = records.next()) {
            CsvRow row = row(r, header, maxLength, problems);
            if (row != null) {
                rows.add(row);
            }
        }
        return new CsvTable(rows);
    }

    /** @return the header's column names (lower case, "" where a field has none), or null when it is unusable */
    private static List<String> header(CsvRecord head, List<CsvColumn> columns, Problems problems) {
        int before = problems.count();
        faults(head, null, problems);
        List<String> names = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < head.fields().size(); i++) {
            // Checked as written: trim() would silently drop a NUL or other control character at either end.
            String bad = CsvValues.problem(head.fields().get(i), 100);
            String name = head.fields().get(i).trim().toLowerCase(Locale.ROOT);
            if (bad != null) {
                problems.add(head.line(), ImportProblem.field(i), "header: " + bad);
                name = "";
            }
            Integer earlier = name.isEmpty() ? null : first.putIfAbsent(name, i);
            if (earlier != null) {
                problems.add(head.line(), name, "column '" + name + "' is in the header twice (fields " + (earlier + 1)
                        + " and " + (i + 1) + "): which one holds the data is unclear, keep one");
            }
            names.add(name);
        }
        for (CsvColumn c : columns) {
            if (c.required() && !names.contains(c.name())) {
                problems.add(head.line(), c.name(), "missing column '" + c.name() + "' in the header (expected "
                        + String.join(",", CsvColumn.names(columns)) + ")");
            }
        }
        return problems.count() > before ? null : names;
    }

    private static CsvRow row(CsvRecord r, List<String> header, Map<String, Integer> maxLength, Problems problems) {
        if (!r.faults().isEmpty()) {
            faults(r, header, problems);
            return null;
        }
        if (r.isBlank()) {
            return null;
        }
        List<String> fields = r.fields();
        if (fields.size() < header.size()) {
            String missing = label(header, fields.size());
            problems.add(r.line(), missing, "missing column '" + missing + "': the row has " + fields.size() + " of "
                    + header.size() + " fields");
            return null;
        }
        if (fields.size() > header.size()) {
            problems.add(r.line(), ImportProblem.field(header.size()), "the row has " + fields.size()
                    + " fields, the header " + header.size() + " (a separator inside a value needs quotes)");
            return null;
        }
        int before = problems.count();
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String column = header.get(i);
            String bad = CsvValues.problem(fields.get(i), maxLength.getOrDefault(column, 0));
            if (bad != null) {
                problems.add(r.line(), label(header, i), bad);
            } else if (column.isEmpty() && !fields.get(i).isBlank()) {
                problems.add(r.line(), ImportProblem.field(i), "a value in a field the header gives no name");
            } else if (!column.isEmpty()) {
                values.put(column, fields.get(i));
            }
        }
        return problems.count() > before ? null : new CsvRow(r.line(), values);
    }

    private static void faults(CsvRecord r, List<String> header, Problems problems) {
        for (CsvRecords.Fault f : r.faults()) {
            problems.add(r.line(), header == null ? ImportProblem.field(f.field()) : label(header, f.field()),
                    f.reason());
        }
    }

    private static String label(List<String> header, int index) {
        return index < header.size() && !header.get(index).isEmpty() ? header.get(index) : ImportProblem.field(index);
    }

    /** Indonesian-locale spreadsheets export with ';' because ',' is their decimal separator. */
    private static char detectSeparator(String text) {
        int start = 0;
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        int end = text.indexOf('\n', start);
        String first = end < 0 ? text.substring(start) : text.substring(start, end);
        return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
    }
}
