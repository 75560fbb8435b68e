package id.regsosek.ranking;

import id.regsosek.csv.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * One list per village for its public consultation forum: the ranked families with their SLS, head's name,
 * address and decile (no NIK, no score). Written into the package folder under consultation/. These lists are
 * opened by village forums in their own spreadsheets: names and addresses go through {@link CsvWriter}, so a name
 * like =HYPERLINK(...) is shown as text.
 */
@Service
public class ConsultationLists {

    private final JdbcTemplate jdbc;

    public ConsultationLists(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int write(String regency, Path packageDir) {
        Path dir = packageDir.resolve("consultation");
        Map<String, Writer> open = new HashMap<>();
        try {
            Files.createDirectories(dir);
            jdbc.query("select s.village_code, s.code, f.id, f.head_name, f.address, r.decile from family_rank r"
                    + " join family f on f.id = r.family_id join sls s on s.id = f.sls_id where r.regency_code = ?"
                    + " order by s.village_code, s.code, f.id", rs -> {
                        Writer w = open.computeIfAbsent(rs.getString(1), v -> writer(dir, v));
                        new CsvWriter(w).row(rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                                rs.getInt(6));
                    }, regency);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (Writer w : open.values()) {
                try {
                    w.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return open.size();
    }

    private static Writer writer(Path dir, String village) {
        try {
            Writer w = Files.newBufferedWriter(dir.resolve("desa-" + village + ".csv"), StandardCharsets.UTF_8);
            new CsvWriter(w).row("sls", "family_id", "head_name", "address", "decile");
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
