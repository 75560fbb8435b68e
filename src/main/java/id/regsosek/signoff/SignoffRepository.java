package id.regsosek.signoff;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Our tables for sign-off: where each SLS's chain stands, every decision with its reason, family counts. */
@Repository
public class SignoffRepository {

    private final JdbcTemplate jdbc;

    public SignoffRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Object> sls(long slsId) {
        return jdbc.queryForMap("select code, regency_code, district_code, expected_families from sls where id = ?",
                slsId);
    }

    public void status(long slsId, String regency, SignoffState state) {
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp accepted = state == SignoffState.ACCEPTED ? now : null;
        if (jdbc.update("update sls_signoff set status = ?, updated_at = ?, accepted_at = ? where sls_id = ?",
                state.name(), now, accepted, slsId) == 0) {
            jdbc.update("insert into sls_signoff (sls_id, regency_code, status, updated_at, accepted_at)"
                    + " values (?, ?, ?, ?, ?)", slsId, regency, state.name(), now, accepted);
        }
    }

    /** @return where the SLS's chain stands, or null before its sign-off started */
    public SignoffState status(long slsId) {
        List<String> s = jdbc.queryForList("select status from sls_signoff where sls_id = ?", String.class, slsId);
        return s.isEmpty() ? null : SignoffState.valueOf(s.get(0));
    }

    public void decision(long slsId, String step, String decision, String reason, String userId) {
        jdbc.update("insert into sls_signoff_decision (sls_id, step, decision, reason, user_id, decided_at)"
                + " values (?, ?, ?, ?, ?, ?)", slsId, step, decision, reason, userId, Timestamp.from(Instant.now()));
    }

    public List<String> decisions(long slsId) {
        return jdbc.queryForList("select step || ':' || decision from sls_signoff_decision where sls_id = ?"
                + " order by id", String.class, slsId);
    }

    /** Families of the SLS: total, final, and final ones by result code. */
    /** Families of the SLS whose form the PML returned to the PPL more than {@code max} times. */
    public int returnedMoreThan(long slsId, int max) {
        return jdbc.queryForObject("select count(*) from (select c.family_id from family_check c join family f"
                + " on f.id = c.family_id where f.sls_id = ? and c.approved = false group by c.family_id"
                + " having count(*) > ?) x", Integer.class, slsId, max);
    }

    public int[] counts(long slsId, Map<Integer, Integer> byCode) {
        int[] totals = new int[2];
        jdbc.query("select result_code, final_at is not null, count(*) from family where sls_id = ?"
                + " group by result_code, final_at is not null", rs -> {
                    int n = rs.getInt(3);
                    totals[0] += n;
                    if (rs.getBoolean(2)) {
                        totals[1] += n;
                        byCode.merge(rs.getInt(1), n, Integer::sum);
                    }
                }, slsId);
        return totals;
    }

    public boolean allFinal(long slsId) {
        Map<String, Object> r = jdbc.queryForMap("select count(*) n, sum(case when final_at is null then 1 else 0"
                + " end) open_families from family where sls_id = ?", slsId);
        long n = ((Number) value(r, "n")).longValue();
        Object open = value(r, "open_families");
        return n > 0 && (open == null || ((Number) open).longValue() == 0);
    }

    /** Families of this SLS among the ids, keyed by id; ids of other SLS are simply absent. */
    public Map<Long, String> familiesOf(long slsId, List<Long> ids) {
        Map<Long, String> found = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            String in = String.join(",", chunk.stream().map(i -> "?").toList());
            List<Object> args = new ArrayList<>(chunk);
            args.add(0, slsId);
            jdbc.query("select id, head_name from family where sls_id = ? and id in (" + in + ")",
                    rs -> {
                        found.put(rs.getLong(1), rs.getString(2));
                    }, args.toArray());
        }
        return found;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            out.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return out;
    }

    private static Object value(Map<String, Object> row, String key) {
        return row.containsKey(key) ? row.get(key) : row.get(key.toUpperCase());
    }
}
