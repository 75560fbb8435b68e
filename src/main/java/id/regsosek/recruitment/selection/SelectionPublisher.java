package id.regsosek.recruitment.selection;

import id.regsosek.identity.SystemCalls;
import id.regsosek.recruitment.RecruitmentProcess;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Applies the swap staff made when confirming a district's list (recorded with its written reason), then tells
 * every candidate of the list its outcome: status set and the recruitment instance woken, in one transaction.
 */
@Service
public class SelectionPublisher {

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;

    private final IdentityService identity;

    public SelectionPublisher(JdbcTemplate jdbc, RuntimeService runtime, IdentityService identity) {
        this.identity = identity;
        this.jdbc = jdbc;
        this.runtime = runtime;
    }

    /** Exchanges the places of a lower-ranked candidate (in) and a listed one (out). */
    public void swap(String campaign, String district, String in, String out, String reason, String userId) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a swap needs a written reason");
        }
        Map<String, Object> a = place(campaign, district, in);
        Map<String, Object> b = place(campaign, district, out);
        String update = "update officer_candidate set outcome = ?, selected_role = ?, reserve_rank = ? where id = ?";
        jdbc.update(update, b.get("outcome"), b.get("selected_role"), b.get("reserve_rank"), a.get("id"));
        jdbc.update(update, a.get("outcome"), a.get("selected_role"), a.get("reserve_rank"), b.get("id"));
        jdbc.update("insert into selection_swap (campaign_key, district_code, promoted_reg_no, demoted_reg_no,"
                + " reason, user_id, swapped_at) values (?, ?, ?, ?, ?, ?, ?)", campaign, district, in, out,
                reason.trim(), userId, Timestamp.from(Instant.now()));
    }

    private Map<String, Object> place(String campaign, String district, String reg) {
        List<Map<String, Object>> rows = jdbc.queryForList("select id, outcome, selected_role, reserve_rank"
                + " from officer_candidate where campaign_key = ? and district_code = ? and registration_no = ?"
                + " and outcome is not null", campaign, district, reg);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("registration " + reg + " is not on the list of district " + district);
        }
        return rows.get(0);
    }

    public int publish(String regency, String campaign, String district, String userId) {
        jdbc.update("update district_selection set confirmed_by = ?, confirmed_at = ? where campaign_key = ?"
                + " and district_code = ?", userId, Timestamp.from(Instant.now()), campaign, district);
        List<Map<String, Object>> rows = jdbc.queryForList("select id, registration_no, outcome, selected_role"
                + " from officer_candidate where campaign_key = ? and district_code = ? and outcome is not null"
                + " and status = 'AWAITING_SELECTION'", campaign, district);
        for (Map<String, Object> r : rows) {
            jdbc.update("update officer_candidate set status = ? where id = ?", r.get("outcome"), r.get("id"));
            SystemCalls.asSystem(identity, () -> {
                runtime.createMessageCorrelation(RecruitmentProcess.MSG_SELECTION)
                        .processInstanceBusinessKey((String) r.get("registration_no"))
                        .tenantId(regency)
                        .processInstanceVariableEquals(RecruitmentProcess.CAMPAIGN_KEY, campaign)
                        .setVariable(RecruitmentProcess.OUTCOME, r.get("outcome"))
                        .setVariable(RecruitmentProcess.ROLE, r.get("selected_role"))
                        .correlate();
                return null;
            });
        }
        return rows.size();
    }
}
