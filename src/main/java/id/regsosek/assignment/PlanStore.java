package id.regsosek.assignment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The assignment_plan row of a district: state and the balance measured at its last change. */
@Repository
public class PlanStore {

    private final JdbcTemplate jdbc;

    public PlanStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String state(String district) {
        return jdbc.query("select state from assignment_plan where district_code = ?", (rs, i) -> rs.getString(1),
                district).stream().findFirst().orElse(null);
    }

    public boolean overloaded(String district) {
        return Boolean.TRUE.equals(jdbc.query("select overloaded from assignment_plan where district_code = ?",
                (rs, i) -> rs.getBoolean(1), district).stream().findFirst().orElse(false));
    }

    public void saveProposal(String regency, String district, int target, boolean overloaded, Timestamp at) {
        jdbc.update("delete from assignment_plan where district_code = ?", district);
        jdbc.update("insert into assignment_plan (district_code, regency_code, target_families, state, overloaded,"
                + " ppl_used, pml_used, ppl_max, ppl_min, pml_max, pml_min, proposed_at)"
                + " values (?, ?, ?, 'PROPOSED', ?, 0, 0, 0, 0, 0, 0, ?)", district, regency, target, overloaded, at);
        measure(district);
    }

    /** Recomputes the stored balance from the current rows (after a proposal, a move or a dropout). */
    public void measure(String district) {
        Balance ppl = balance(district, "ppl_officer_id");
        Balance pml = balance(district, "pml_officer_id");
        jdbc.update("update assignment_plan set ppl_used = ?, pml_used = ?, ppl_max = ?, ppl_min = ?, pml_max = ?,"
                + " pml_min = ? where district_code = ?", ppl.officers(), pml.officers(), ppl.max(), ppl.min(),
                pml.max(), pml.min(), district);
    }

    public void approve(String district, String userId) {
        jdbc.update("update assignment_plan set state = 'APPROVED', approved_at = ?, approved_by = ?"
                + " where district_code = ?", Timestamp.from(Instant.now()), userId, district);
    }

    /** Expected families per officer of one column (ppl_officer_id / pml_officer_id), our own column names. */
    public Balance balance(String district, String column) {
        Map<Long, Integer> loads = new HashMap<>();
        jdbc.query("select a." + column + ", sum(s.expected_families) from sls_assignment a join sls s"
                + " on s.id = a.sls_id where a.district_code = ? and a." + column + " is not null group by a."
                + column, rs -> {
                    loads.put(rs.getLong(1), rs.getInt(2));
                }, district);
        Collection<Integer> values = loads.values();
        return Balance.of(values);
    }
}
