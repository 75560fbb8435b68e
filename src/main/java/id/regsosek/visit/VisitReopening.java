package id.regsosek.visit;

import id.regsosek.signoff.FamilyReopening;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A PML's reopening at sign-off sends families back to the field: their result is cleared and a new
 * household-visit starts for each (the earlier one stays in history), in the transaction of the PML's decision (or
 * of a village forum's re-verification step). After the period has closed it is not closed out again: see
 * {@link VisitStarter#startReverification}.
 */
@Service
public class VisitReopening implements FamilyReopening {

    private static final Logger log = LoggerFactory.getLogger(VisitReopening.class);

    private final JdbcTemplate jdbc;
    private final VisitStarter starter;

    public VisitReopening(JdbcTemplate jdbc, VisitStarter starter) {
        this.jdbc = jdbc;
        this.starter = starter;
    }

    @Override
    public void reopen(long slsId, List<Long> familyIds, String reason) {
        for (long familyId : familyIds) {
            jdbc.update("update family set result_code = null, final_at = null where id = ? and sls_id = ?",
                    familyId, slsId);
            jdbc.update("delete from family_visit where family_id = ?", familyId);
            if (starter.startReverification(familyId) != 1) {
                throw new IllegalStateException("family " + familyId + " cannot go back to the field: its SLS has no"
                        + " approved assignment with an active PPL and PML");
            }
        }
        log.info("{} families of SLS {} reopened for a new visit", familyIds.size(), slsId);
    }
}
