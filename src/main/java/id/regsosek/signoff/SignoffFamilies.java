package id.regsosek.signoff;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The SLS's families as the sign-off forms list them (head, result, checked, times returned, flags), the options
 * a PML picks families to reopen from, and the decisions taken so far. One query each, whatever the SLS's size.
 */
@Service
public class SignoffFamilies {

    private static final String[] RESULTS = {"belum final", "1 Lengkap", "2 Tidak lengkap", "3 Tidak ada responden",
        "4 Menolak", "5 Pindah"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JdbcTemplate jdbc;
    private final int maxReturns;
    private final ZoneId zone;

    public SignoffFamilies(JdbcTemplate jdbc, @Value("${regsosek.signoff.max-returns:2}") int maxReturns,
                           @Value("${regsosek.visit.zone:Asia/Jakarta}") String zone) {
        this.jdbc = jdbc;
        this.maxReturns = maxReturns;
        this.zone = ZoneId.of(zone);
    }

    public List<Map<String, Object>> rows(long slsId) {
        return jdbc.query("select f.id, f.head_name, f.result_code, f.final_at, f.origin,"
                + " sum(case when c.approved = true then 1 else 0 end), sum(case when c.approved = false then 1 else 0"
                + " end),"
                + " count(c.id) from family f left join family_check c on c.family_id = f.id"
                + " where f.sls_id = ? group by f.id, f.head_name, f.result_code, f.final_at, f.origin"
                + " order by f.id", (rs, i) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    int result = rs.getInt(3);
                    boolean fin = rs.getTimestamp(4) != null;
                    int returned = rs.getInt(7);
                    row.put("id", rs.getLong(1));
                    row.put("head", rs.getString(2));
                    row.put("result", fin && result >= 1 && result <= 5 ? RESULTS[result] : RESULTS[0]);
                    row.put("checked", rs.getInt(6) > 0 ? "Ya" : "Belum");
                    row.put("returned", returned);
                    row.put("flags", flags(fin, result, returned, "NEW".equals(rs.getString(5))));
                    return row;
                }, slsId);
    }

    /** Checklist options: the value is the family id, the label says whose family it is. */
    public List<Map<String, Object>> reopenOptions(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> Map.<String, Object>of("value", String.valueOf(r.get("id")),
                "label", r.get("id") + " " + r.get("head") + " (" + r.get("result") + ")")).toList();
    }

    /** Each sign-off decision so far: who (role), what, why, when. */
    public List<Map<String, Object>> decisions(long slsId) {
        return jdbc.query("select step, decision, reason, user_id, decided_at from sls_signoff_decision"
                + " where sls_id = ? order by decided_at, id", (rs, i) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    Timestamp at = rs.getTimestamp(5);
                    row.put("at", TIME.format(at.toInstant().atZone(zone)));
                    row.put("step", rs.getString(1));
                    row.put("decision", word(rs.getString(2)));
                    row.put("reason", rs.getString(3) == null ? "" : rs.getString(3));
                    row.put("user", rs.getString(4) == null ? "" : rs.getString(4));
                    return row;
                }, slsId);
    }

    private String flags(boolean fin, int result, int returned, boolean isNew) {
        List<String> flags = new ArrayList<>();
        if (!fin) {
            flags.add("belum final");
        } else if (result == 3 || result == 4) {
            flags.add(result == 4 ? "menolak" : "tidak ada responden");
        }
        if (returned > maxReturns) {
            flags.add("dikembalikan " + returned + " kali");
        }
        if (isNew) {
            flags.add("keluarga baru");
        }
        return String.join(", ", flags);
    }

    private static String word(String decision) {
        return switch (decision) {
            case AreaSignoffProcess.APPROVE -> "Setuju";
            case AreaSignoffProcess.REOPEN -> "Buka kembali";
            case AreaSignoffProcess.RETURN -> "Kembalikan";
            default -> decision;
        };
    }
}
