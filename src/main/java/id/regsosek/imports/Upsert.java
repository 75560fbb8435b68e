package id.regsosek.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes keyed rows set-wise: rows not yet in the table are inserted, rows whose values differ are updated, equal
 * rows are left alone. This is what makes a re-import idempotent without a vendor-specific MERGE/UPSERT, so the
 * same statements run on H2 and PostgreSQL. Batches keep round trips to one per {@code batchSize} rows.
 *
 * @param table   a table name from our own code (never user input)
 * @param key     the key column
 * @param columns the other columns, in the order of each row's values
 * @param scope   null, or one of the columns within which the key is unique (a registration number is unique
 *                within its campaign): updates then match key and scope, never a row of another scope
 */
public record Upsert(String table, String key, List<String> columns, String scope) {

    public Upsert(String table, String key, List<String> columns) {
        this(table, key, columns, null);
    }

    /** The same, with the key unique only within {@code column} (one of the columns). */
    public Upsert scopedBy(String column) {
        if (!columns.contains(column)) {
            throw new IllegalArgumentException(column + " is not a column of " + this);
        }
        return new Upsert(table, key, columns, column);
    }

    /** @param rows key -> values (in {@link #columns()} order); existing: the same for rows already stored */
    public ImportCounts write(JdbcTemplate jdbc, Map<String, Object[]> rows, Map<String, Object[]> existing,
                              int batchSize, ImportRun run) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<String, Object[]> e : rows.entrySet()) {
            Object[] old = existing.get(e.getKey());
            if (old == null) {
                inserts.add(withKey(e.getKey(), e.getValue(), true));
            } else if (!sameValues(old, e.getValue())) {
                updates.add(scoped(withKey(e.getKey(), e.getValue(), false), e.getValue()));
            } else {
                unchanged++;
            }
        }
        String columnList = String.join(", ", columns);
        String insertSql = "insert into " + table + " (" + key + ", " + columnList + ") values (?"
                + ", ?".repeat(columns.size()) + ")";
        String updateSql = "update " + table + " set " + String.join(" = ?, ", columns) + " = ? where " + key + " = ?"
                + (scope == null ? "" : " and " + scope + " = ?");
        batch(jdbc, insertSql, inserts, batchSize, run);
        batch(jdbc, updateSql, updates, batchSize, run);
        if (run != null) {
            run.advance(unchanged);
        }
        return new ImportCounts(rows.size(), inserts.size(), updates.size(), unchanged, 0);
    }

    /** Stored rows keyed by their first column, the other columns as values (in the select's order). */
    public static Map<String, Object[]> existing(JdbcTemplate jdbc, String sql, Object... args) {
        Map<String, Object[]> rows = new java.util.HashMap<>();
        jdbc.query(sql, rs -> {
            int n = rs.getMetaData().getColumnCount();
            Object[] values = new Object[n - 1];
            for (int i = 2; i <= n; i++) {
                values[i - 2] = rs.getObject(i);
            }
            rows.put(rs.getString(1), values);
        }, args);
        return rows;
    }

    private static void batch(JdbcTemplate jdbc, String sql, List<Object[]> args, int batchSize, ImportRun run) {
        for (int from = 0; from < args.size(); from += batchSize) {
            List<Object[]> chunk = args.subList(from, Math.min(args.size(), from + batchSize));
            jdbc.batchUpdate(sql, chunk);
            if (run != null) {
                run.advance(chunk.size());
            }
        }
    }

    private static Object[] withKey(String key, Object[] values, boolean keyFirst) {
        Object[] out = new Object[values.length + 1];
        if (keyFirst) {
            out[0] = key;
            System.arraycopy(values, 0, out, 1, values.length);
        } else {
            System.arraycopy(values, 0, out, 0, values.length);
            out[values.length] = key;
        }
        return out;
    }

    private Object[] scoped(Object[] args, Object[] values) {
        if (scope == null) {
            return args;
        }
        Object[] out = Arrays.copyOf(args, args.length + 1);
        out[args.length] = values[columns.indexOf(scope)];
        return out;
    }

    private static boolean sameValues(Object[] a, Object[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!Objects.equals(normalise(a[i]), normalise(b[i]))) {
                return false;
            }
        }
        return true;
    }

    /** JDBC returns Integer/Long/BigDecimal depending on the database; compare numbers by value. */
    private static Object normalise(Object v) {
        return v instanceof Number n ? Long.valueOf(n.longValue()) : v;
    }

    @Override
    public String toString() {
        return table + Arrays.toString(columns.toArray());
    }
}
