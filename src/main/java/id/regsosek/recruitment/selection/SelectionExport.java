package id.regsosek.recruitment.selection;

import id.regsosek.csv.CsvWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The published result of every district of a campaign: selected with role, reserve with rank, not selected
 * (and candidates who left earlier, with their status). No NIK, phone or email: this list is made public.
 * Names and other text are neutralised by {@link CsvWriter}; rank and score stay numbers.
 */
@Service
public class SelectionExport {

    private final JdbcTemplate jdbc;

    public SelectionExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String csv(String regency, String campaign) {
        StringBuilder out = new StringBuilder();
        CsvWriter w = new CsvWriter(out).row("district_code", "district_name", "registration_no", "name", "result",
                "role", "reserve_rank", "combined_score", "current_status");
        jdbc.query("select c.district_code, d.name dname, c.registration_no, c.name, c.outcome, c.status,"
                + " c.selected_role, c.reserve_rank, c.combined_score from officer_candidate c"
                + " join district d on d.code = c.district_code where c.campaign_key = ? and c.regency_code = ?"
                + " order by c.district_code, case when c.outcome = 'SELECTED' then 0 when c.outcome = 'RESERVE'"
                + " then 1 when c.outcome = 'NOT_SELECTED' then 2 else 3 end, c.combined_score desc,"
                + " c.registration_no", rs -> {
                    String outcome = rs.getString("outcome");
                    Object rank = rs.getObject("reserve_rank");
                    w.row(rs.getString(1), rs.getString("dname"), rs.getString(3), rs.getString(4),
                            outcome != null ? outcome : rs.getString("status"),
                            outcome != null && !"NOT_SELECTED".equals(outcome) ? rs.getString("selected_role") : "",
                            "RESERVE".equals(outcome) && rank != null ? rank : "", rs.getBigDecimal("combined_score"),
                            rs.getString("status"));
                }, campaign, regency);
        return out.toString();
    }
}
