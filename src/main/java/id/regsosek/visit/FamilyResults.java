package id.regsosek.visit;

import java.sql.Timestamp;
import java.time.Instant;
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
