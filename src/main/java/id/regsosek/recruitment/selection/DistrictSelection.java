package id.regsosek.recruitment.selection;

import id.regsosek.recruitment.RecruitmentProcess;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Proposes a district's list: quotas from the district's expected families (one PPL per ~250 families, one PML
 * per ~4 PPL, both configurable), candidates ranked by combined score, DMN role-assignment suggesting PML for
 * experienced high scorers. In rank order each candidate takes a place of the suggested role while one is free
 * (a PML suggestion falls back to PPL); the next ones form the reserve (per role, up to reserve-percent of the
 * quota), the rest are not selected. Places nobody could fill are counted as the district's shortfall.
 */
@Service
public class DistrictSelection {

    public record Quota(int expectedFamilies, int ppl, int pml) {
    }

    record Ranked(long id, String registrationNo, String name, double score, boolean experience) {
    }

    /** A string variable holds at most 4,000 characters (PostgreSQL column); the rest is in the CSV export. */
    static final int FORM_LIMIT = 3_700;

    private final JdbcTemplate jdbc;
    private final DecisionService decisions;
    private final int familiesPerPpl;
    private final int pplPerPml;
    private final int reservePercent;

    public DistrictSelection(JdbcTemplate jdbc, DecisionService decisions,
                             @Value("${regsosek.recruitment.families-per-ppl:250}") int familiesPerPpl,
                             @Value("${regsosek.recruitment.ppl-per-pml:4}") int pplPerPml,
                             @Value("${regsosek.recruitment.reserve-percent:30}") int reservePercent) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.familiesPerPpl = familiesPerPpl;
        this.pplPerPml = pplPerPml;
        this.reservePercent = reservePercent;
    }

    public Quota quota(String district) {
        Integer families = jdbc.queryForObject("select coalesce(sum(expected_families), 0) from sls"
                + " where district_code = ?", Integer.class, district);
        int ppl = (families + familiesPerPpl - 1) / familiesPerPpl;
        return new Quota(families, ppl, (ppl + pplPerPml - 1) / pplPerPml);
    }

    /** Writes the proposal (outcome, role, reserve rank) and the district's row; returns the shortfall. */
    public int propose(String regency, String campaign, String district) {
        Quota q = quota(district);
        List<Ranked> ranked = jdbc.query("select id, registration_no, name, combined_score, has_experience"
                + " from officer_candidate where campaign_key = ? and district_code = ?"
                + " and status = 'AWAITING_SELECTION' order by combined_score desc, test_score desc, registration_no",
                (rs, i) -> new Ranked(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                        rs.getBoolean(5)), campaign, district);
        int pplLeft = q.ppl();
        int pmlLeft = q.pml();
        int pplReserveLeft = (q.ppl() * reservePercent + 99) / 100;
        int pmlReserveLeft = (q.pml() * reservePercent + 99) / 100;
        int reserveRank = 0;
        List<Object[]> rows = new ArrayList<>();
        for (Ranked c : ranked) {
            String suggested = suggestRole(c);
            String outcome;
            String role = suggested;
            Integer rank = null;
            if ("PML".equals(suggested) && pmlLeft > 0) {
                pmlLeft--;
                outcome = RecruitmentProcess.SELECTED;
            } else if (pplLeft > 0) {
                pplLeft--;
                role = "PPL";
                outcome = RecruitmentProcess.SELECTED;
            } else if ("PML".equals(suggested) && pmlReserveLeft > 0) {
                pmlReserveLeft--;
                outcome = RecruitmentProcess.RESERVE;
                rank = ++reserveRank;
            } else if (pplReserveLeft > 0) {
                pplReserveLeft--;
                role = "PPL";
                outcome = RecruitmentProcess.RESERVE;
                rank = ++reserveRank;
            } else {
                outcome = RecruitmentProcess.NOT_SELECTED;
                role = null;
            }
            rows.add(new Object[] {outcome, role, rank, c.id()});
        }
        jdbc.batchUpdate("update officer_candidate set outcome = ?, selected_role = ?, reserve_rank = ? where id = ?",
                rows);
        int shortOf = pplLeft + pmlLeft;
        jdbc.update("delete from district_selection where campaign_key = ? and district_code = ?", campaign, district);
        jdbc.update("insert into district_selection (regency_code, campaign_key, district_code, expected_families,"
                + " ppl_quota, pml_quota, short_of) values (?, ?, ?, ?, ?, ?, ?)", regency, campaign, district,
                q.expectedFamilies(), q.ppl(), q.pml(), shortOf);
        return shortOf;
    }

    private String suggestRole(Ranked c) {
        return decisions.evaluateDecisionByKey(SelectionProcess.DECISION_ROLE).decisionDefinitionWithoutTenantId()
                .variables(java.util.Map.of(SelectionProcess.DMN_HAS_EXPERIENCE, c.experience(),
                        SelectionProcess.DMN_COMBINED_SCORE, c.score()))
                .evaluate().getSingleEntry();
    }

    /** The proposal as the confirmation form shows it: one line per candidate, in rank order. */
    public String rankedList(String campaign, String district) {
        Quota q = quota(district);
        int[] hidden = {0};
        StringBuilder s = new StringBuilder("Kuota: " + q.ppl() + " PPL, " + q.pml() + " PML ("
                + q.expectedFamilies() + " keluarga)\n");
        jdbc.query("select registration_no, name, combined_score, outcome, selected_role, reserve_rank,"
                + " has_experience from officer_candidate where campaign_key = ? and district_code = ?"
                + " and outcome is not null order by combined_score desc, test_score desc, registration_no", rs -> {
                    if (s.length() > FORM_LIMIT) {
                        hidden[0]++;
                        return;
                    }
                    String outcome = rs.getString(4);
                    s.append(rs.getString(1)).append(" | ").append(rs.getString(2)).append(" | nilai ")
                            .append(rs.getBigDecimal(3)).append(rs.getBoolean(7) ? " | berpengalaman" : "")
                            .append(" | ").append(switch (outcome) {
                                case RecruitmentProcess.SELECTED -> "TERPILIH " + rs.getString(5);
                                case RecruitmentProcess.RESERVE -> "CADANGAN " + rs.getString(5) + " #" + rs.getInt(6);
                                default -> "TIDAK TERPILIH";
                            }).append('\n');
                }, campaign, district);
        if (hidden[0] > 0) {
            s.append("... dan ").append(hidden[0]).append(" kandidat lain: daftar lengkap di /api/recruitment/campaigns/")
                    .append(campaign).append("/results.csv\n");
        }
        return s.toString();
    }
}
