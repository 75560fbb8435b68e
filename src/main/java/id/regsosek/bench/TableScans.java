package id.regsosek.bench;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which tables a stage read whole, from PostgreSQL's statistics (rows read by sequential scans, per table): at a
 * regency's size a lookup without an index shows here long before it shows in a figure. Nothing on other databases.
 */
final class TableScans {

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    private Map<String, long[]> last = new HashMap<>();

    TableScans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData()
                .getDatabaseProductName().toLowerCase().contains("postgres")));
        last = read();
    }

    /** Prints the tables whose whole-table reads since the last call came to more than a million rows. */
    void print(String stage) {
        Map<String, long[]> now = read();
        StringBuilder line = new StringBuilder();
        now.forEach((table, v) -> {
            long[] before = last.getOrDefault(table, new long[2]);
            if (v[1] - before[1] > 1_000_000) {
                line.append(String.format(" %s %,d scans %,d rows;", table, v[0] - before[0], v[1] - before[1]));
            }
        });
        last = now;
        if (postgres) {
            System.out.printf("scans   : %s:%s%n", stage, line.isEmpty() ? " no table read whole beyond a million rows"
                    : line);
        }
    }

    private Map<String, long[]> read() {
        Map<String, long[]> m = new HashMap<>();
        if (postgres) {
            jdbc.query("select relname, seq_scan, seq_tup_read from pg_stat_user_tables", rs -> {
                m.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
            });
        }
        return m;
    }
}
