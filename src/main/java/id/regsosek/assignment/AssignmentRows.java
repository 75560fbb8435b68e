package id.regsosek.assignment;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The current assignment of a district's SLS with officers and progress, read in one set-based query. */
@Repository
public class AssignmentRows {

    /** One SLS with its officers (ids/codes may be null while uncovered) and family counts. */
    public record Row(long slsId, String slsCode, String slsName, String villageCode, int expected,
                      Long pplId, String pplCode, String pplName, String pplStatus,
                      Long pmlId, String pmlCode, String pmlName, String pmlStatus,
                      String status, int prelist, int families, int finalFamilies) {

        /** Done: it has families and every one of them has a final result. */
        public boolean finished() {
            return families > 0 && finalFamilies == families;
        }
    }

    private static final String SELECT = "select s.id, s.code, s.name, s.village_code, s.expected_families,"
            + " p.id, p.officer_code, p.name, p.status, m.id, m.officer_code, m.name, m.status, a.status,"
            + " coalesce(f.prelist, 0), coalesce(f.total, 0), coalesce(f.final_count, 0)"
            + " from sls s"
            + " left join sls_assignment a on a.sls_id = s.id"
            + " left join officer p on p.id = a.ppl_officer_id"
            + " left join officer m on m.id = a.pml_officer_id"
            + " left join (select sls_id, sum(case when origin = 'PRELIST' then 1 else 0 end) as prelist,"
            + "   count(*) as total, sum(case when final_at is not null then 1 else 0 end) as final_count"
            + "   from family where sls_id in (select id from sls where district_code = ?) group by sls_id) f"
            + "   on f.sls_id = s.id ";
    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getInt(5), (Long) rs.getObject(6, Long.class), rs.getString(7), rs.getString(8),
            rs.getString(9), (Long) rs.getObject(10, Long.class), rs.getString(11), rs.getString(12),
            rs.getString(13), rs.getString(14), rs.getInt(15), rs.getInt(16), rs.getInt(17));

    private final JdbcTemplate jdbc;

    public AssignmentRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> district(String district) {
        return jdbc.query(SELECT + "where s.district_code = ? order by s.code", ROW, district, district);
    }

    /** The SLS an officer (PPL or PML) covers, in code order. */
    public List<Row> ofOfficer(String district, long officerId) {
        return jdbc.query(SELECT + "where s.district_code = ? and (a.ppl_officer_id = ? or a.pml_officer_id = ?)"
                + " order by s.code", ROW, district, district, officerId, officerId);
    }
}
