package id.regsosek.recruitment;

import com.opencsv.CSVWriter;
import java.io.StringWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The published result of every district of a campaign: selected with role, reserve with rank, not selected
 * (and candidates who left earlier, with their status). No NIK, phone or email: this list is made public.
 */
@Service
public class SelectionExport {

    private final JdbcTemplate jdbc;

    public SelectionExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String csv(String regency, String campaign) {
        StringWriter out = new StringWriter();
        try (CSVWriter w = new CSVWriter(out)) {
            w.writeNext(new String[] {"district_code", "district_name", "registration_no", "name", "result", "role",
                "reserve_rank", "combined_score", "current_status"}, false);
            jdbc.query("select c.district_code, d.name dname, c.registration_no, c.name, c.outcome, c.status,"
                    + " c.selected_role, c.reserve_rank, c.combined_score from officer_candidate c"
                    + " join district d on d.code = c.district_code where c.campaign_key = ? and c.regency_code = ?"
                    + " order by c.district_code, case when c.outcome = 'SELECTED' then 0 when c.outcome = 'RESERVE'"
                    + " then 1 when c.outcome = 'NOT_SELECTED' then 2 else 3 end, c.combined_score desc,"
                    + " c.registration_no", rs -> {
                        String outcome = rs.getString("outcome");
                        Object rank = rs.getObject("reserve_rank");
                        Object score = rs.getBigDecimal("combined_score");
                        w.writeNext(new String[] {rs.getString(1), rs.getString("dname"), rs.getString(3),
                            rs.getString(4), outcome != null ? outcome : rs.getString("status"),
                            outcome != null && !"NOT_SELECTED".equals(outcome) ? rs.getString("selected_role") : "",
                            "RESERVE".equals(outcome) && rank != null ? rank.toString() : "",
                            score == null ? "" : score.toString(), rs.getString("status")}, false);
                    }, campaign, regency);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
