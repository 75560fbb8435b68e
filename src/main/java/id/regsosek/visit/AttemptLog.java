package id.regsosek.visit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Every contact attempt of a family (visit_attempt), kept whatever its outcome; idempotent by client id. */
@Repository
public class AttemptLog {

    public record Attempt(long id, long familyId, Long officerId, String clientAttemptId, Instant attemptedAt,
                          int resultCode, String note) {
    }

    private static final String COLUMNS = "id, family_id, officer_id, client_attempt_id, attempted_at, result_code,"
            + " note from visit_attempt";

    private final JdbcTemplate jdbc;

    public AttemptLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the attempt unless its client id is known already; returns the stored attempt either way. */
    public Attempt record(long familyId, Long officerId, String clientAttemptId, Instant at, int result,
                          String note) {
        Optional<Attempt> known = byClientId(clientAttemptId);
        if (known.isPresent()) {
            return known.get();
        }
        jdbc.update("insert into visit_attempt (family_id, officer_id, client_attempt_id, attempted_at, result_code,"
                + " note) values (?, ?, ?, ?, ?, ?)", familyId, officerId, clientAttemptId, Timestamp.from(at), result,
                note);
        return byClientId(clientAttemptId).orElseThrow();
    }

    public Optional<Attempt> byClientId(String clientAttemptId) {
        return jdbc.query("select " + COLUMNS + " where client_attempt_id = ?", this::map, clientAttemptId)
                .stream().findFirst();
    }

    public List<Attempt> ofFamily(long familyId) {
        return jdbc.query("select " + COLUMNS + " where family_id = ? order by attempted_at, id", this::map,
                familyId);
    }

    /** Distinct days with a non-contact (2 incomplete, 3 nobody home): the attempt-days that count to the cap. */
    public int nonContactDays(long familyId) {
        Integer n = jdbc.queryForObject("select count(distinct cast(attempted_at as date)) from visit_attempt"
                + " where family_id = ? and result_code in (2, 3)", Integer.class, familyId);
        return n == null ? 0 : n;
    }

    public Optional<Attempt> last(long familyId) {
        return jdbc.query("select " + COLUMNS + " where family_id = ? order by attempted_at desc, id desc"
                + " fetch first 1 rows only", this::map, familyId).stream().findFirst();
    }

    private Attempt map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Attempt(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getString(7));
    }
}
