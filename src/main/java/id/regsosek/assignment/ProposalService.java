package id.regsosek.assignment;

import id.regsosek.common.NotFoundException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes a district's proposal from its SLS and deployed officers and stores it as PROPOSED rows. */
@Service
public class ProposalService {

    private static final Logger log = LoggerFactory.getLogger(ProposalService.class);

    private final JdbcTemplate jdbc;
    private final Officers officers;
    private final AssignmentSettings settings;
    private final PlanStore plans;

    public ProposalService(JdbcTemplate jdbc, Officers officers, AssignmentSettings settings, PlanStore plans) {
        this.jdbc = jdbc;
        this.officers = officers;
        this.settings = settings;
        this.plans = plans;
    }

    public List<ProposalAlgorithm.Unit> units(String district) {
        return jdbc.query("select id, code, village_code, expected_families from sls where district_code = ?",
                (rs, i) -> new ProposalAlgorithm.Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)),
                district);
    }

    @Transactional
    public ProposalAlgorithm.Result propose(String district) {
        String regency = jdbc.query("select regency_code from district where code = ?",
                (rs, i) -> rs.getString(1), district).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("no district " + district));
        if ("APPROVED".equals(plans.state(district))) {
            throw new IllegalStateException("the assignment of district " + district + " is already approved");
        }
        long started = System.nanoTime();
        ProposalAlgorithm.Result result = ProposalAlgorithm.propose(units(district),
                ids(officers.active(district, "PPL")), ids(officers.active(district, "PML")), settings.proposal());
        jdbc.update("delete from sls_assignment where district_code = ?", district);
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<Long, Long> e : result.pplOfSls().entrySet()) {
            rows.add(new Object[] {e.getKey(), regency, district, e.getValue(),
                    result.pmlOfPpl().get(e.getValue())});
        }
        jdbc.batchUpdate("insert into sls_assignment (sls_id, regency_code, district_code, ppl_officer_id,"
                + " pml_officer_id, status) values (?, ?, ?, ?, ?, 'PROPOSED')", rows);
        plans.saveProposal(regency, district, settings.target(), result.overloaded(), Timestamp.from(Instant.now()));
        log.info("district {}: {} SLS proposed to {} PPL under {} PML in {} ms{}", district, rows.size(),
                result.pmlOfPpl().size(), result.pmlOfPpl().values().stream().distinct().count(),
                (System.nanoTime() - started) / 1_000_000, result.overloaded() ? " (OVERLOADED)" : "");
        return result;
    }

    private static List<Long> ids(List<Officers.Officer> list) {
        return list.stream().map(Officers.Officer::id).toList();
    }
}
