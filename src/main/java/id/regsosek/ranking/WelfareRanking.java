package id.regsosek.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Scores every completely interviewed family of the regency with the proxy-means test and ranks them from the
 * lowest welfare (rank 1) to the highest (rank N), deciles 1 (poorest tenth) to 10. Ties keep family id order, so
 * the same data always gives the same ranks. Families without an interview (codes 2-5) are not ranked.
 */
@Service
public class WelfareRanking {

    record Scored(long familyId, double score) {
    }

    private final JdbcTemplate jdbc;
    private final PmtWeights weights;

    public WelfareRanking(JdbcTemplate jdbc, PmtWeights weights) {
        this.jdbc = jdbc;
        this.weights = weights;
    }

    public int rank(String regency, String campaign) {
        Map<String, Double> w = weights.load();
        List<Scored> scored = new ArrayList<>();
        jdbc.query(FamilyIndicators.SELECT, rs -> {
            double score = 0;
            for (Map.Entry<String, Double> e : FamilyIndicators.of(rs).entrySet()) {
                score += w.get(e.getKey()) * e.getValue();
            }
            scored.add(new Scored(rs.getLong(1), Math.round(score * 1e6) / 1e6));
        }, regency);
        scored.sort(Comparator.comparingDouble(Scored::score).thenComparingLong(Scored::familyId));
        jdbc.update("delete from family_rank where regency_code = ?", regency);
        List<Object[]> rows = new ArrayList<>();
        int n = scored.size();
        for (int i = 0; i < n; i++) {
            int rank = i + 1;
            int decile = (int) Math.ceil(rank * 10.0 / n);
            rows.add(new Object[] {scored.get(i).familyId(), regency, campaign, scored.get(i).score(), rank, decile});
        }
        for (int from = 0; from < rows.size(); from += 5000) {
            jdbc.batchUpdate("insert into family_rank (family_id, regency_code, campaign_key, score, welfare_rank,"
                    + " decile) values (?, ?, ?, ?, ?, ?)", rows.subList(from, Math.min(rows.size(), from + 5000)));
        }
        return n;
    }

    /** Ranked families per district and decile, as the text the admin reviews before publication. */
    public String distribution(String regency) {
        StringBuilder s = new StringBuilder("Kecamatan: jumlah keluarga per desil 1..10\n");
        Map<String, int[]> byDistrict = new java.util.TreeMap<>();
        jdbc.query("select s.district_code, r.decile, count(*) from family_rank r join family f on f.id = r.family_id"
                + " join sls s on s.id = f.sls_id where r.regency_code = ? group by s.district_code, r.decile",
                rs -> {
                    byDistrict.computeIfAbsent(rs.getString(1), k -> new int[10])[rs.getInt(2) - 1] = rs.getInt(3);
                }, regency);
        byDistrict.forEach((d, c) -> s.append(d).append(": ").append(java.util.Arrays.toString(c)).append('\n'));
        return s.toString();
    }
}
