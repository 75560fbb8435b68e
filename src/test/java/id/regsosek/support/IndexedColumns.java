package id.regsosek.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/** The columns that lead an index of a table, from the database's own catalogue (H2 or PostgreSQL; lower case). */
public final class IndexedColumns {

    private IndexedColumns() {
    }

    public static Set<String> of(DataSource dataSource, String table) throws Exception {
        Set<String> columns = new HashSet<>();
        try (Connection c = dataSource.getConnection()) {
            for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
                try (ResultSet rs = c.getMetaData().getIndexInfo(null, null, name, false, false)) {
                    while (rs.next()) {
                        if (rs.getShort("ORDINAL_POSITION") == 1 && rs.getString("COLUMN_NAME") != null) {
                            columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return columns;
    }
}
