package id.regsosek.frame;

import id.regsosek.imports.CsvColumn;
import id.regsosek.imports.CsvRow;
import id.regsosek.imports.CsvTable;
import id.regsosek.imports.ImportCounts;
import id.regsosek.imports.ImportRun;
import id.regsosek.imports.Problems;
import id.regsosek.imports.Upsert;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a regency's SLS list: village_code, sls_code (4 digits), sub_sls (2 digits, 00 when not split), name,
 * type (SLS / NON_SLS), expected_families and, optionally, access (a closed building whose management must let
 * the officers in: {@link SlsAccessKind}). Keyed by the full code village.sls.sub, so a re-import updates names
 * and counts and never duplicates; SLS missing from a later file are kept (families may hang on them). A file
 * without the access column keeps what is stored (the Koseka may have set it).
 */
@Service
public class SlsImporter {

    public static final String KIND = "sls";
    /** The optional column marking a closed building (see {@link SlsAccessKind}). */
    static final String ACCESS = "access";
    /** The columns; the name's width is the table column's, the rest are checked for their shape below. */
    public static final List<CsvColumn> FORMAT = List.of(CsvColumn.shaped("village_code"), CsvColumn.shaped("sls_code"),
            CsvColumn.shaped("sub_sls"), CsvColumn.of("name", 120), CsvColumn.shaped("type"),
            CsvColumn.shaped("expected_families"), CsvColumn.optional(ACCESS, CsvColumn.SHAPED));
    public static final List<String> COLUMNS = CsvColumn.names(FORMAT);
    /** More than this many families in one SLS is a typing error, not a neighbourhood. */
    static final int MAX_FAMILIES = 5000;

    private static final Pattern SLS_CODE = Pattern.compile("\\d{4}");
    private static final Pattern SUB_SLS = Pattern.compile("\\d{2}");
    private static final Upsert SLS = new Upsert("sls", "code", List.of("village_code", "district_code",
            "regency_code", "sls_code", "sub_sls", "name", "sls_type", "expected_families", "access_kind"));

    private final JdbcTemplate jdbc;
    private final int batchSize;

    public SlsImporter(JdbcTemplate jdbc, @Value("${regsosek.import.batch-size:1000}") int batchSize) {
        this.jdbc = jdbc;
        this.batchSize = batchSize;
    }

    @Transactional
    public ImportCounts importFile(String regency, String fileName, byte[] content, ImportRun run) {
        Problems problems = new Problems(fileName);
        CsvTable table = CsvTable.read(problems, content, FORMAT);
        Set<String> villages = Set.copyOf(jdbc.queryForList("select code from village where regency_code = ?",
                String.class, regency));
        Map<String, Object[]> existing = Upsert.existing(jdbc, "select code, village_code, district_code,"
                + " regency_code, sls_code, sub_sls, name, sls_type, expected_families, access_kind from sls"
                + " where regency_code = ?", regency);
        Map<String, Object[]> rows = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvRow row : table.rows()) {
            String code = check(row, regency, villages, problems);
            if (code == null) {
                continue;
            }
            Integer first = firstLine.putIfAbsent(code, row.line());
            if (first != null) {
                problems.add(row, "sls_code", "duplicate SLS " + code + " (first on line " + first + ")");
            } else {
                String village = row.get("village_code");
                rows.put(code, new Object[] {village, AreaCodes.parentOf(village), regency, row.get("sls_code"),
                        row.get("sub_sls"), row.get("name"), SlsType.parse(row.get("type")).name(),
                        Integer.parseInt(row.get("expected_families")), accessKind(row, existing.get(code))});
            }
        }
        problems.rejectIfAny();
        run.expect(rows.size());
        return SLS.write(jdbc, rows, existing, batchSize, run);
    }

    /** The row's access kind; without the column, the stored one (null for a new SLS). */
    private static String accessKind(CsvRow row, Object[] stored) {
        if (!row.values().containsKey(ACCESS)) {
            return stored == null ? null : (String) stored[stored.length - 1];
        }
        return SlsAccessKind.parse(row.get(ACCESS)).map(Enum::name).orElse(null);
    }

    /** @return the SLS's full code, or null after recording what is wrong with the row */
    private static String check(CsvRow row, String regency, Set<String> villages, Problems problems) {
        int before = problems.count();
        String village = row.get("village_code");
        if (!AreaCodes.VILLAGE.matcher(village).matches()) {
            problems.add(row, "village_code", "malformed village code '" + village + "' (expected like 32.16.01.2001)");
        } else if (!AreaCodes.regencyOf(village).equals(regency)) {
            problems.add(row, "village_code", "village " + village + " is not in regency " + regency);
        } else if (!villages.contains(village)) {
            problems.add(row, "village_code", "unknown village code " + village + " (load the area frame first)");
        }
        if (!SLS_CODE.matcher(row.get("sls_code")).matches()) {
            problems.add(row, "sls_code", "SLS code must be 4 digits, got '" + row.get("sls_code") + "'");
        }
        if (!SUB_SLS.matcher(row.get("sub_sls")).matches()) {
            problems.add(row, "sub_sls", "sub-SLS must be 2 digits (00 when not split), got '"
                    + row.get("sub_sls") + "'");
        }
        if (row.get("name").isEmpty()) {
            problems.add(row, "name", "name is empty");
        }
        if (SlsType.parse(row.get("type")) == null) {
            problems.add(row, "type", "type must be SLS or NON_SLS, got '" + row.get("type") + "'");
        }
        if (SlsAccessKind.parse(row.get(ACCESS)) == null) {
            problems.add(row, ACCESS, "baris " + row.line() + " (SLS " + village + "." + row.get("sls_code") + "."
                    + row.get("sub_sls") + "): jenis akses '" + row.get(ACCESS) + "' tidak dikenal; isi "
                    + SlsAccessKind.ALLOWED);
        }
        String families = row.get("expected_families");
        if (!families.matches("\\d{1,6}") || Integer.parseInt(families) > MAX_FAMILIES) {
            problems.add(row, "expected_families", "bad number '" + families + "': expected a whole number of"
                    + " families from 0 to " + MAX_FAMILIES);
        }
        if (problems.count() > before) {
            return null;
        }
        return village + "." + row.get("sls_code") + "." + row.get("sub_sls");
    }
}
