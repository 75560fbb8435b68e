package id.regsosek.frame;

import id.regsosek.imports.CsvColumn;
import id.regsosek.imports.CsvRow;
import id.regsosek.imports.CsvTable;
import id.regsosek.imports.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks the rows of one area level that belong to the regency being imported: code shape, code nested under the
 * parent column, parent known, name present, no code twice. Rows of other regencies are counted and skipped.
 */
final class AreaFileCheck {

    private final String parentColumn;
    private final Pattern codeShape;
    private final String example;
    private final Predicate<String> belongs;
    private int skipped;

    AreaFileCheck(String parentColumn, Pattern codeShape, String example, Predicate<String> belongs) {
        this.parentColumn = parentColumn;
        this.codeShape = codeShape;
        this.example = example;
        this.belongs = belongs;
    }

    /** @param knownParents codes the parent column may name; null when the parent is not checked (provinces) */
    Map<String, AreaRow> check(byte[] content, Problems problems, Set<String> knownParents, boolean nested) {
        CsvTable table = CsvTable.read(problems, content, List.of(CsvColumn.shaped("code"),
                CsvColumn.shaped(parentColumn), CsvColumn.of("name", 120)));
        Map<String, AreaRow> accepted = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (CsvRow row : table.rows()) {
            String code = row.get("code");
            String parent = row.get(parentColumn);
            if (!belongs.test(code) && !belongs.test(parent + ".")) {
                skipped++;
                continue;
            }
            if (!codeShape.matcher(code).matches()) {
                problems.add(row, "code", "malformed code '" + code + "' (expected like " + example + ")");
            } else if (firstLine.containsKey(code)) {
                problems.add(row, "code", "duplicate code " + code + " (first on line " + firstLine.get(code) + ")");
            } else if (nested && !AreaCodes.parentOf(code).equals(parent)) {
                problems.add(row, parentColumn, "code " + code + " does not lie under " + parentColumn + " " + parent);
            } else if (knownParents != null && !knownParents.contains(parent)) {
                problems.add(row, parentColumn, "unknown parent code " + parent);
            } else if (row.get("name").isEmpty()) {
                problems.add(row, "name", "name is empty");
            } else {
                accepted.put(code, new AreaRow(code, parent, row.get("name")));
            }
            firstLine.putIfAbsent(code, row.line());
        }
        return accepted;
    }

    int skipped() {
        return skipped;
    }

}
