package id.regsosek.assignment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the Koseka's approval: rows APPROVED (household work of an SLS may start from then on). */
@Service
public class ApprovalService {

    private static final Logger log = LoggerFactory.getLogger(ApprovalService.class);

    private final JdbcTemplate jdbc;
    private final MoveService moves;
    private final AssignmentRows rows;
    private final PlanStore plans;

    public ApprovalService(JdbcTemplate jdbc, MoveService moves, AssignmentRows rows, PlanStore plans) {
        this.jdbc = jdbc;
        this.moves = moves;
        this.rows = rows;
        this.plans = plans;
    }

    /** @return ids of the active officers (PPL and PML) who cover at least one SLS: who gets its area list */
    @Transactional
    public List<Long> approve(String district, String userId) {
        moves.requireCovered(district, rows);
        jdbc.update("update sls_assignment set status = 'APPROVED', approved_at = ? where district_code = ?"
                + " and status = 'PROPOSED'", Timestamp.from(Instant.now()), district);
        plans.approve(district, userId);
        log.info("assignment of district {} approved", district);
        return covering(district);
    }

    public List<Long> covering(String district) {
        return jdbc.queryForList("select o.id from officer o where o.status = 'ACTIVE' and o.id in"
                + " (select ppl_officer_id from sls_assignment where district_code = ?"
                + "  union select pml_officer_id from sls_assignment where district_code = ?)"
                + " order by o.officer_code", Long.class, district, district);
    }
}
