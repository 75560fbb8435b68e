package id.regsosek.imports;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file read strictly: UTF-8 only, a header naming every required column (any order, any case), every row
 * with as many fields as the header. Problems are collected, not thrown, so one answer lists them all.
 */
public final class CsvTable {

    private final List<CsvRow> rows;
    private final List<ImportProblem> problems;

    private CsvTable(List<CsvRow> rows, List<ImportProblem> problems) {
        this.rows = rows;
        this.problems = problems;
    }

    public List<CsvRow> rows() {
        return rows;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public static CsvTable read(String file, byte[] content, List<String> requiredColumns) {
        List<ImportProblem> problems = new ArrayList<>(Utf8Check.badLines(file, content));
        if (!problems.isEmpty()) {
            return new CsvTable(List.of(), problems);
        }
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = detectSeparator(text);
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new CSVParserBuilder().withSeparator(separator).build()).build()) {
            String[] header = reader.readNext();
            if (header == null) {
                problems.add(ImportProblem.ofFile(file, "the file is empty: expected a header line with "
                        + String.join(",", requiredColumns)));
                return new CsvTable(List.of(), problems);
            }
            List<String> columns = new ArrayList<>();
            for (String h : header) {
                columns.add(h.trim().toLowerCase(Locale.ROOT));
            }
            for (String required : requiredColumns) {
                if (!columns.contains(required)) {
                    problems.add(new ImportProblem(file, 1, required, "missing column '" + required + "' in the header"));
                }
            }
            if (!problems.isEmpty()) {
                return new CsvTable(List.of(), problems);
            }
            return new CsvTable(readRows(file, reader, columns, problems), problems);
        } catch (IOException | CsvException e) {
            problems.add(ImportProblem.ofFile(file, "unreadable CSV: " + e.getMessage()));
            return new CsvTable(List.of(), problems);
        }
    }

    private static List<CsvRow> readRows(String file, CSVReader reader, List<String> columns, List<ImportProblem> problems)
            throws IOException, CsvException {
        List<CsvRow> rows = new ArrayList<>();
        int line = (int) reader.getLinesRead() + 1;
        String[] fields;
        while ((fields = reader.readNext()) != null) {
            boolean blank = fields.length == 1 && fields[0].isBlank();
            if (!blank) {
                if (fields.length < columns.size()) {
                    problems.add(new ImportProblem(file, line, columns.get(fields.length), "missing column '"
                            + columns.get(fields.length) + "': the row has " + fields.length + " of "
                            + columns.size() + " fields"));
                } else if (fields.length > columns.size()) {
                    problems.add(new ImportProblem(file, line, null, "the row has " + fields.length
                            + " fields, the header " + columns.size()));
                } else {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int i = 0; i < fields.length; i++) {
                        values.put(columns.get(i), fields[i]);
                    }
                    rows.add(new CsvRow(line, values));
                }
            }
            line = (int) reader.getLinesRead() + 1;
        }
        return rows;
    }

    /** Indonesian-locale spreadsheets export with ';' because ',' is their decimal separator. */
    private static char detectSeparator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
    }
}
