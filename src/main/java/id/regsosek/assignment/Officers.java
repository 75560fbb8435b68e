package id.regsosek.assignment;

import id.regsosek.common.NotFoundException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads the officer table (filled by recruitment); the only write here is marking a dropout. */
@Repository
public class Officers {

    public record Officer(long id, String regencyCode, String code, String userId, String name, String role,
                          String status, String districtCode, String email) {

        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    private static final String COLUMNS = "select id, regency_code, officer_code, user_id, name, role, status,"
            + " home_district_code, email from officer ";
    private static final RowMapper<Officer> ROW = (rs, i) -> new Officer(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getString(9));

    private final JdbcTemplate jdbc;

    public Officers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Active officers of a role in a district, in officer-code order (what makes the proposal deterministic). */
    public List<Officer> active(String district, String role) {
        return jdbc.query(COLUMNS + "where home_district_code = ? and role = ? and status = 'ACTIVE'"
                + " order by officer_code", ROW, district, role);
    }

    public Officer byId(long id) {
        return jdbc.query(COLUMNS + "where id = ?", ROW, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("no officer with id " + id));
    }

    public Officer byCode(String code) {
        return jdbc.query(COLUMNS + "where officer_code = ?", ROW, code).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("no officer with code " + code));
    }

    public List<Officer> byUser(String userId) {
        return jdbc.query(COLUMNS + "where user_id = ? order by officer_code", ROW, userId);
    }

    public void markDropped(long id) {
        jdbc.update("update officer set status = 'DROPPED' where id = ?", id);
    }
}
