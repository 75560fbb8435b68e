package id.regsosek.visit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The final result of a family, written once (the update only touches a family without a result), and the
 * SLS's open count, read under a lock of the SLS's assignment row so that of two families of one SLS finishing at
 * the same time exactly one sees the SLS complete.
 */
@Repository
public class FamilyResults {

    private final JdbcTemplate jdbc;

    public FamilyResults(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the final result; false if the family had one already (it then keeps it). */
    public boolean markFinal(long familyId, int resultCode) {
        return jdbc.update("update family set result_code = ?, final_at = ? where id = ? and result_code is null",
                resultCode, Timestamp.from(Instant.now()), familyId) == 1;
    }

    public void markClosedOut(long familyId) {
        jdbc.update("update family_visit set closed_out = true where family_id = ?", familyId);
    }

    /**
     * The period's close-out of many open families at once: code 4 where the last reported answer was a refusal,
     * else 3, and their visits marked closed out. Returns the families that got a result (those without one).
     */
    public int closeOutAll(List<Long> familyIds) {
        String in = placeholders(familyIds.size());
        Object[] args = new Object[familyIds.size() + 4];
        args[0] = VisitProcess.REFUSED;
        args[1] = VisitProcess.REFUSED;
        args[2] = VisitProcess.NO_RESPONDENT;
        args[3] = Timestamp.from(Instant.now());
        for (int i = 0; i < familyIds.size(); i++) {
            args[i + 4] = familyIds.get(i);
        }
        int closed = jdbc.update("update family set result_code = case when (select a.result_code from visit_attempt a"
                + " where a.family_id = family.id order by a.attempted_at desc, a.id desc fetch first 1 rows only) = ?"
                + " then ? else ? end, final_at = ? where result_code is null and id in (" + in + ")", args);
        jdbc.update("update family_visit set closed_out = true where family_id in (" + in + ")", familyIds.toArray());
        return closed;
    }

    /** The family whose close-out made its SLS final: its visit mails the PML. */
    public void markTellsSls(long familyId) {
        jdbc.update("update family_visit set closeout_tells_sls = true where family_id = ?", familyId);
    }

    /** Result code and whether it tells the SLS, for a family that {@link #closeOutAll} closed out. */
    public record BulkCloseOut(int resultCode, boolean tellsSls) {
    }

    public Optional<BulkCloseOut> closedOutInBulk(long familyId) {
        return jdbc.query("select f.result_code, v.closeout_tells_sls from family f join family_visit v on"
                + " v.family_id = f.id where f.id = ? and v.closed_out and f.result_code is not null",
                (rs, i) -> new BulkCloseOut(rs.getInt(1), rs.getBoolean(2)), familyId).stream().findFirst();
    }

    public Map<Long, String> slsCodes(Collection<Long> slsIds) {
        Map<Long, String> codes = new HashMap<>();
        jdbc.query("select id, code from sls where id in (" + placeholders(slsIds.size()) + ")",
                rs -> {
                    codes.put(rs.getLong(1), rs.getString(2));
                }, slsIds.toArray());
        return codes;
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    public void setPrelistStatus(long familyId, String status) {
        jdbc.update("update family set prelist_status = ? where id = ?", status, familyId);
    }

    /** True when no family of the SLS is without a final result; locks the SLS's assignment row till commit. */
    public boolean slsAllFinal(long slsId) {
        jdbc.query("select sls_id from sls_assignment where sls_id = ? for update", rs -> null, slsId);
        Integer open = jdbc.queryForObject("select count(*) from family where sls_id = ? and result_code is null",
                Integer.class, slsId);
        return open != null && open == 0;
    }

    public record SlsCounts(String slsCode, int families, int closedOut3, int closedOut4) {
    }

    public SlsCounts closeOutCounts(long slsId) {
        return jdbc.queryForObject("""
                select s.code, count(f.id),
                       sum(case when v.closed_out and f.result_code = 3 then 1 else 0 end),
                       sum(case when v.closed_out and f.result_code = 4 then 1 else 0 end)
                from sls s join family f on f.sls_id = s.id left join family_visit v on v.family_id = f.id
                where s.id = ? group by s.code""",
                (rs, i) -> new SlsCounts(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)), slsId);
    }
}
