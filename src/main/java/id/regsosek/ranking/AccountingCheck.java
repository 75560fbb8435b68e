package id.regsosek.ranking;

import id.regsosek.signoff.SignoffState;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Before anything leaves the office: every family of an accepted SLS is final exactly once (a result code and a
 * final time, both or neither), no accepted SLS has an open family, and every complete interview (code 1) has
 * the housing and head-of-family data the ranking needs. Returns the offending rows, named.
 */
@Service
public class AccountingCheck {

    private final JdbcTemplate jdbc;

    public AccountingCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> problems(String regency) {
        List<String> problems = new ArrayList<>();
        jdbc.query("select s.code, f.id from family f join sls s on s.id = f.sls_id join sls_signoff o"
                + " on o.sls_id = s.id where o.status = ? and s.regency_code = ? and f.result_code is null"
                + " order by s.code, f.id", rs -> {
                    problems.add("accepted SLS " + rs.getString(1) + " has open family " + rs.getLong(2));
                }, SignoffState.ACCEPTED.name(), regency);
        jdbc.query("select f.id from family f where f.regency_code = ? and ((f.result_code is null and"
                + " f.final_at is not null) or (f.result_code is not null and f.final_at is null)) order by f.id",
                rs -> {
                    problems.add("family " + rs.getLong(1) + " has a result code without a final time or the reverse");
                }, regency);
        jdbc.query("select s.code, f.id from family f join sls s on s.id = f.sls_id join sls_signoff o"
                + " on o.sls_id = s.id where o.status = ? and s.regency_code = ? and f.result_code = 1"
                + " and (not exists (select 1 from family_housing h where h.family_id = f.id) or not exists"
                + " (select 1 from family_member m where m.family_id = f.id and m.relationship = 1))"
                + " order by s.code, f.id", rs -> {
                    problems.add("SLS " + rs.getString(1) + " family " + rs.getLong(2)
                            + " is complete (code 1) but lacks housing or head-of-family data");
                }, SignoffState.ACCEPTED.name(), regency);
        return problems;
    }

    /** The message of the incident a failed check raises: the first rows, and how many more. */
    public static String message(List<String> problems) {
        int shown = Math.min(20, problems.size());
        String list = String.join("; ", problems.subList(0, shown));
        return "accounting check failed, " + problems.size() + " problem(s): " + list
                + (problems.size() > shown ? "; and " + (problems.size() - shown) + " more" : "");
    }
}
