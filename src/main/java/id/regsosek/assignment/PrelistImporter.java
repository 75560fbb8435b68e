package id.regsosek.assignment;

import id.regsosek.common.Nik;
import id.regsosek.imports.CsvColumn;
import id.regsosek.imports.CsvRow;
import id.regsosek.imports.CsvTable;
import id.regsosek.imports.ImportCounts;
import id.regsosek.imports.ImportRun;
import id.regsosek.imports.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the prelist (VK, family verification list) of SLS of one regency, or of one district when given:
 * sls_code (full code), kk_number (16 digits), head_name, address, building_no, member_count. Every row is checked
 * first and a bad file is rejected whole with every bad line; then families are written set-wise in batches
 * keyed by (SLS, KK number): new ones inserted, changed ones updated, equal ones left alone (idempotent). Families
 * no longer on a later file are kept: the field may already have visited them. Built for ~1 million rows: one
 * query for the SLS codes, one for the families already stored, batched writes.
 */
@Service
public class PrelistImporter {

    public static final String KIND = "prelist";
    /** The columns; free text as wide as the family table's columns, the rest checked for their shape below. */
    public static final List<CsvColumn> FORMAT = List.of(CsvColumn.shaped("sls_code"), CsvColumn.shaped("kk_number"),
            CsvColumn.of("head_name", 120), CsvColumn.of("address", 200), CsvColumn.of("building_no", 10),
            CsvColumn.shaped("member_count"));
    public static final List<String> COLUMNS = CsvColumn.names(FORMAT);
    static final int MAX_MEMBERS = 30;
    private static final Pattern KK = Pattern.compile("\\d{16}");

    private final JdbcTemplate jdbc;
    private final int batchSize;

    public PrelistImporter(JdbcTemplate jdbc, @Value("${regsosek.import.batch-size:1000}") int batchSize) {
        this.jdbc = jdbc;
        this.batchSize = batchSize;
    }

    /** @param district null for a whole-regency file, else every row must be of this district */
    @Transactional
    public ImportCounts importFile(String regency, String district, String fileName, byte[] content, ImportRun run) {
        Problems problems = new Problems(fileName);
        CsvTable table = CsvTable.read(problems, content, FORMAT);
        String scope = district == null ? "" : " and district_code = ?";
        Object[] args = district == null ? new Object[] {regency} : new Object[] {regency, district};
        Map<String, Long> slsIds = new HashMap<>();
        jdbc.query("select code, id from sls where regency_code = ?" + scope, rs -> {
            slsIds.put(rs.getString(1), rs.getLong(2));
        }, args);
        Map<String, Object[]> rows = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvRow row : table.rows()) {
            Long sls = check(row, slsIds, district == null ? "regency " + regency : "district " + district, problems);
            if (sls == null) {
                continue;
            }
            String key = sls + "|" + row.get("kk_number");
            Integer first = firstLine.putIfAbsent(key, row.line());
            if (first != null) {
                problems.add(row, "kk_number", "KK " + Nik.mask(row.get("kk_number")) + " is listed twice in SLS "
                        + row.get("sls_code") + " (first on line " + first + ")");
            } else {
                rows.put(key, new Object[] {row.get("head_name"), emptyToNull(row.get("address")),
                        emptyToNull(row.get("building_no")), Integer.parseInt(row.get("member_count")), sls,
                        row.get("kk_number")});
            }
        }
        problems.rejectIfAny();
        run.expect(rows.size());
        return write(regency, rows, existing(scope, args), run);
    }

    private Map<String, Object[]> existing(String scope, Object[] args) {
        Map<String, Object[]> out = new HashMap<>();
        jdbc.query("select sls_id, kk_number, head_name, address, building_no, member_count from family"
                + " where kk_number is not null and sls_id in (select id from sls where regency_code = ?" + scope + ")",
                rs -> {
                    out.put(rs.getLong(1) + "|" + rs.getString(2), new Object[] {rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getObject(6) == null ? null : rs.getInt(6)});
                }, args);
        return out;
    }

    private ImportCounts write(String regency, Map<String, Object[]> rows, Map<String, Object[]> existing,
                               ImportRun run) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<String, Object[]> e : rows.entrySet()) {
            Object[] v = e.getValue();
            Object[] old = existing.get(e.getKey());
            if (old == null) {
                inserts.add(new Object[] {regency, v[4], v[5], v[0], v[1], v[2], v[3]});
            } else if (!Objects.equals(old[0], v[0]) || !Objects.equals(old[1], v[1])
                    || !Objects.equals(old[2], v[2]) || !Objects.equals(old[3], v[3])) {
                updates.add(v);
            } else {
                unchanged++;
            }
        }
        batch("insert into family (regency_code, sls_id, kk_number, head_name, address, building_no, member_count,"
                + " origin, prelist_status) values (?, ?, ?, ?, ?, ?, ?, 'PRELIST', 'LISTED')", inserts, run);
        batch("update family set head_name = ?, address = ?, building_no = ?, member_count = ?"
                + " where sls_id = ? and kk_number = ?", updates, run);
        run.advance(unchanged);
        return new ImportCounts(rows.size(), inserts.size(), updates.size(), unchanged, 0);
    }

    private void batch(String sql, List<Object[]> args, ImportRun run) {
        for (int from = 0; from < args.size(); from += batchSize) {
            List<Object[]> chunk = args.subList(from, Math.min(args.size(), from + batchSize));
            jdbc.batchUpdate(sql, chunk);
            run.advance(chunk.size());
        }
    }

    /** @return the SLS id, or null after recording what is wrong */
    private static Long check(CsvRow row, Map<String, Long> slsIds, String scope, Problems problems) {
        int before = problems.count();
        Long sls = slsIds.get(row.get("sls_code"));
        if (sls == null) {
            problems.add(row, "sls_code", "unknown SLS '" + row.get("sls_code") + "' in " + scope
                    + " (expected a full code like 32.16.01.2001.0001.00)");
        }
        String kk = row.get("kk_number");
        if (!KK.matcher(kk).matches()) {
            problems.add(row, "kk_number", "KK number must be 16 digits, got " + kk.length() + " characters");
        }
        if (row.get("head_name").isEmpty()) {
            problems.add(row, "head_name", "head's name is empty");
        }
        String members = row.get("member_count");
        if (!members.matches("\\d{1,2}") || Integer.parseInt(members) < 1 || Integer.parseInt(members) > MAX_MEMBERS) {
            problems.add(row, "member_count", "number of members must be a whole number from 1 to " + MAX_MEMBERS
                    + ", got '" + members + "'");
        }
        return problems.count() > before ? null : sls;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
