package id.regsosek.visit;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Who works a family: its SLS's approved PPL and PML (officer ids and Camunda user ids). */
@Repository
public class FieldOfficers {

    /** The family's area and officers; user ids are null where an officer has no login yet. */
    public record FamilyTeam(long familyId, long slsId, String slsCode, String regencyCode, String districtCode,
                             Long pplOfficerId, String pplUser, Long pmlOfficerId, String pmlUser,
                             String pmlOfficerCode, String pmlEmail, Integer resultCode) {
    }

    private static final String TEAM = """
            select f.id, f.sls_id, s.code, f.regency_code, s.district_code, a.ppl_officer_id, ppl.user_id,
                   a.pml_officer_id, pml.user_id, pml.officer_code, pml.email, f.result_code
            from family f join sls s on s.id = f.sls_id
            left join sls_assignment a on a.sls_id = f.sls_id and a.status = 'APPROVED'
            left join officer ppl on ppl.id = a.ppl_officer_id
            left join officer pml on pml.id = a.pml_officer_id
            where f.id = ?""";

    private final JdbcTemplate jdbc;

    public FieldOfficers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<FamilyTeam> team(long familyId) {
        List<FamilyTeam> rows = jdbc.query(TEAM, (rs, i) -> new FamilyTeam(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getString(4), rs.getString(5), (Long) rs.getObject(6, Long.class),
                rs.getString(7), (Long) rs.getObject(8, Long.class), rs.getString(9), rs.getString(10),
                rs.getString(11), (Integer) rs.getObject(12, Integer.class)), familyId);
        return rows.stream().findFirst();
    }

    public Optional<Long> officerIdOfUser(String userId) {
        return jdbc.query("select id from officer where user_id = ? and status = 'ACTIVE'",
                (rs, i) -> rs.getLong(1), userId).stream().findFirst();
    }

    public Optional<String> pplUserOfSls(long slsId) {
        return jdbc.query("select o.user_id from sls_assignment a join officer o on o.id = a.ppl_officer_id"
                + " where a.sls_id = ? and a.status = 'APPROVED'", (rs, i) -> rs.getString(1), slsId).stream()
                .filter(u -> u != null).findFirst();
    }
}
