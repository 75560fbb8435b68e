package id.regsosek.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** sls_access: where each closed building's permission stands. Written in the engine's transaction. */
@Repository
public class AccessRows {

    /** What a person recorded about a permission given (by the management or arranged by the regency office). */
    public record Grant(String grantedBy, String letterNo, String hoursFrom, String hoursTo, String contactName,
                        String contactPhone) {
    }

    private final JdbcTemplate jdbc;

    public AccessRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when the row was new (the SLS had no access step yet) */
    public boolean ask(long slsId, String regency) {
        return jdbc.update("insert into sls_access (sls_id, regency_code, status, blocked_since) select ?, ?, 'ASKED',"
                + " ? from sls where id = ? and not exists (select 1 from sls_access where sls_id = ?)", slsId, regency,
                now(), slsId, slsId) == 1;
    }

    public void namePml(long slsId, String pmlUser) {
        jdbc.update("update sls_access set pml_user = ? where sls_id = ?", pmlUser, slsId);
    }

    public String pmlUser(long slsId) {
        List<String> users = jdbc.queryForList("select pml_user from sls_access where sls_id = ?", String.class, slsId);
        return users.isEmpty() ? null : users.get(0);
    }

    /** The grant as recorded; the status turns GRANTED when the grant step starts the visits. */
    public void recordGrant(long slsId, Grant g, String user) {
        jdbc.update("update sls_access set granted_by = ?, letter_no = ?, hours_from = ?, hours_to = ?,"
                + " contact_name = ?, contact_phone = ?, decided_by = ? where sls_id = ?", g.grantedBy(), g.letterNo(),
                g.hoursFrom(), g.hoursTo(), g.contactName(), g.contactPhone(), user, slsId);
    }

    public void recordRefusalReason(long slsId, String reason, String user) {
        jdbc.update("update sls_access set refusal_reason = ?, decided_by = ? where sls_id = ?", reason, user, slsId);
    }

    /** The regency office could not obtain the permission either; the close-out step then closes the SLS. */
    public void recordArrangeFailure(long slsId, String reason, String user) {
        jdbc.update("update sls_access set arrange_failure = ?, decided_by = ? where sls_id = ?", reason, user, slsId);
    }

    public void refused(long slsId, Instant deadline) {
        jdbc.update("update sls_access set status = 'REFUSED', refused_at = ?, deadline_at = ? where sls_id = ?",
                now(), Timestamp.from(deadline), slsId);
    }

    public void overdue(long slsId) {
        jdbc.update("update sls_access set overdue = true where sls_id = ?", slsId);
    }

    public void granted(long slsId) {
        jdbc.update("update sls_access set status = 'GRANTED', granted_at = ?, overdue = false where sls_id = ?",
                now(), slsId);
    }

    public void closed(long slsId) {
        jdbc.update("update sls_access set status = 'CLOSED' where sls_id = ?", slsId);
    }

    public Map<String, Object> row(long slsId) {
        return jdbc.queryForMap("select * from sls_access where sls_id = ?", slsId);
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
