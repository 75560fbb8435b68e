package id.regsosek.simulate;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The recruitment stage's accounting, apart from the application's own counts: every registration uploaded is one
 * candidate with exactly one recruitment instance; nobody is left before selection; a candidate has an officer row
 * exactly when deployment made it an officer (deployed, or deployed and left later), with a login in its role's
 * group; every district handed its officers to area assignment and the campaign recorded it.
 */
final class RecruitmentAccounting {

    private final JdbcTemplate jdbc;

    RecruitmentAccounting(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void check(String campaign, long uploaded, Map<String, Long> f, List<String> d) {
        long stored = count("select count(*) from officer_candidate where campaign_key = ?", campaign);
        f.put("recruitment.candidates", stored);
        if (stored != uploaded) {
            d.add("recruitment: " + uploaded + " registrations uploaded, " + stored + " stored");
        }
        for (String outcome : List.of("SELECTED", "RESERVE", "NOT_SELECTED")) {
            f.put("recruitment.outcome." + outcome, count("select count(*) from officer_candidate where"
                    + " campaign_key = ? and outcome = ?", campaign, outcome));
        }
        f.put("recruitment.ineligible", count("select count(*) from officer_candidate where campaign_key = ? and"
                + " status = 'INELIGIBLE'", campaign));
        f.put("recruitment.officers", count("select count(*) from officer o join officer_candidate c on c.id ="
                + " o.candidate_id where c.campaign_key = ?", campaign));
        rows(d, "candidates with other than one recruitment instance", "select c.registration_no from"
                + " officer_candidate c where c.campaign_key = ? and (select count(*) from act_hi_procinst p where"
                + " p.proc_def_key_ = 'officer-recruitment' and p.business_key_ = c.registration_no) <> 1", campaign);
        rows(d, "candidates still before selection", "select registration_no from officer_candidate where"
                + " campaign_key = ? and status in ('REGISTERED', 'SCREENING', 'TESTING', 'AWAITING_SELECTION')",
                campaign);
        rows(d, "officer rows that do not match the candidate's status", "select c.registration_no from"
                + " officer_candidate c where c.campaign_key = ? and (select count(*) from officer o where"
                + " o.candidate_id = c.id) <> case when c.status in ('DEPLOYED', 'LEFT') then 1 else 0 end", campaign);
        rows(d, "officers without a login in their role's group", "select o.officer_code from officer o join"
                + " officer_candidate c on c.id = o.candidate_id where c.campaign_key = ? and not exists (select 1"
                + " from act_id_membership m where m.user_id_ = o.user_id and m.group_id_ = lower(o.role))", campaign);
        rows(d, "districts not handed to area assignment", "select district_code from district_selection where"
                + " campaign_key = ? and handed_over_at is null", campaign);
        rows(d, "campaign not recorded as handed over", "select campaign_key from recruitment_campaign where"
                + " campaign_key = ? and state <> 'HANDED_OVER'", campaign);
    }

    private void rows(List<String> d, String what, String sql, Object... args) {
        List<String> found = jdbc.queryForList(sql, String.class, args);
        if (!found.isEmpty()) {
            d.add("recruitment: " + found.size() + " " + what + ": " + found.subList(0, Math.min(10, found.size())));
        }
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
