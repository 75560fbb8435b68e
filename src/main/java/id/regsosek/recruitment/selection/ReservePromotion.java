package id.regsosek.recruitment.selection;

import id.regsosek.identity.SystemCalls;
import id.regsosek.recruitment.Candidates;
import id.regsosek.recruitment.RecruitmentProcess;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Promotes the best-ranked reserve of the same campaign, district and role into a freed place and wakes its
 * recruitment instance. When none is left the district's shortfall is counted (district_selection.short_of)
 * so the regency admin sees it; the caller raises the task.
 */
@Service
public class ReservePromotion {

    private static final Logger log = LoggerFactory.getLogger(ReservePromotion.class);

    private final JdbcTemplate jdbc;
    private final Candidates candidates;
    private final RuntimeService runtime;

    private final IdentityService identity;

    public ReservePromotion(JdbcTemplate jdbc, Candidates candidates, RuntimeService runtime,
                            IdentityService identity) {
        this.identity = identity;
        this.jdbc = jdbc;
        this.candidates = candidates;
        this.runtime = runtime;
    }

    /** @return the registration number of the promoted reserve */
    public Optional<String> replace(long leavingCandidateId) {
        Candidates.Candidate leaving = candidates.get(leavingCandidateId);
        String role = leaving.selectedRole();
        while (true) {
            List<Long> next = jdbc.queryForList("select id from officer_candidate where campaign_key = ?"
                    + " and district_code = ? and selected_role = ? and status = 'RESERVE'"
                    + " order by reserve_rank fetch first 1 rows only", Long.class, leaving.campaign(),
                    leaving.district(), role);
            if (next.isEmpty()) {
                jdbc.update("update district_selection set short_of = short_of + 1 where campaign_key = ?"
                        + " and district_code = ?", leaving.campaign(), leaving.district());
                log.warn("campaign {} district {}: no {} reserve left to replace {}", leaving.campaign(),
                        leaving.district(), role, leaving.registrationNo());
                return Optional.empty();
            }
            // Guarded update: two replacements at once never take the same reserve.
            if (jdbc.update("update officer_candidate set status = 'SELECTED' where id = ? and status = 'RESERVE'",
                    next.get(0)) == 1) {
                Candidates.Candidate promoted = candidates.get(next.get(0));
                SystemCalls.asSystem(identity, () -> {
                    runtime.createMessageCorrelation(RecruitmentProcess.MSG_PROMOTED)
                            .processInstanceBusinessKey(promoted.registrationNo())
                            .tenantId(promoted.regency())
                            .processInstanceVariableEquals(RecruitmentProcess.CAMPAIGN_KEY, promoted.campaign())
                            .setVariable(RecruitmentProcess.OUTCOME, RecruitmentProcess.SELECTED)
                            .correlate();
                    return null;
                });
                log.info("campaign {} district {}: reserve {} replaces {} as {}", leaving.campaign(),
                        leaving.district(), promoted.registrationNo(), leaving.registrationNo(), role);
                return Optional.of(promoted.registrationNo());
            }
        }
    }
}
