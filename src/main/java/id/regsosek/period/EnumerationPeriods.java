package id.regsosek.period;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The enumeration_period table: one row per regency, the configured default until the regency has a row. */
@Repository
public class EnumerationPeriods {

    private static final String COLUMNS = "regency_code, period_start, period_end, state";

    private final JdbcTemplate jdbc;
    private final PeriodSettings settings;

    public EnumerationPeriods(JdbcTemplate jdbc, PeriodSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The regency's period: its row, or the configured default when it has none yet (nothing is written). */
    public EnumerationPeriod of(String regency) {
        List<EnumerationPeriod> rows = jdbc.query("select " + COLUMNS + " from enumeration_period where regency_code"
                + " = ?", (rs, i) -> period(rs), regency);
        return rows.isEmpty() ? new EnumerationPeriod(regency, settings.defaultStart(), settings.defaultEnd(),
                EnumerationPeriod.OPEN) : rows.get(0);
    }

    /** Writes the default row if the regency has none; a concurrent writer's row wins. */
    public void ensure(String regency) {
        if (jdbc.queryForObject("select count(*) from enumeration_period where regency_code = ?", Integer.class,
                regency) > 0) {
            return;
        }
        try {
            jdbc.update("insert into enumeration_period (regency_code, period_start, period_end) values (?, ?, ?)",
                    regency, Date.valueOf(settings.defaultStart()), Date.valueOf(settings.defaultEnd()));
        } catch (DuplicateKeyException e) {
            // Another transaction wrote it first: the same default.
        }
    }

    /** Locks the regency's row until the caller's transaction ends (call {@link #ensure} first). */
    public Map<String, Object> lock(String regency) {
        return jdbc.queryForMap("select " + COLUMNS + ", process_instance_id from enumeration_period"
                + " where regency_code = ? for update", regency);
    }

    /** A new enumeration-period instance follows the regency's period: OPEN until its timer fires. */
    public void followedBy(String regency, String processInstanceId) {
        jdbc.update("update enumeration_period set process_instance_id = ?, state = 'OPEN', closed_at = null"
                + " where regency_code = ?", processInstanceId, regency);
    }

    public void moveEnd(String regency, LocalDate oldEnd, LocalDate newEnd, String user, String reason) {
        jdbc.update("update enumeration_period set period_end = ? where regency_code = ?", Date.valueOf(newEnd),
                regency);
        jdbc.update("insert into enumeration_period_move (regency_code, old_end, new_end, moved_by, moved_at, reason)"
                + " values (?, ?, ?, ?, ?, ?)", regency, Date.valueOf(oldEnd), Date.valueOf(newEnd), user,
                Timestamp.from(Instant.now()), reason);
    }

    public List<Map<String, Object>> moves(String regency) {
        return jdbc.queryForList("select old_end, new_end, moved_by, moved_at, reason from enumeration_period_move"
                + " where regency_code = ? order by moved_at desc, id desc fetch first 20 rows only", regency);
    }

    public void markClosing(String regency) {
        jdbc.update("update enumeration_period set state = 'CLOSING' where regency_code = ?", regency);
    }

    /** A close-out part's count, in its own row: parts running side by side share no row (V102). */
    public void addClosedOut(String regency, int visits) {
        jdbc.update("insert into period_closeout_tally (regency_code, visits) values (?, ?)", regency, visits);
    }

    /** Visits closed out so far, also while the parts still run. */
    public long closedOut(String regency) {
        return jdbc.queryForObject("select p.closed_out + coalesce((select sum(t.visits) from period_closeout_tally t"
                + " where t.regency_code = p.regency_code), 0) from enumeration_period p where p.regency_code = ?",
                Long.class, regency);
    }

    /** Closed: the parts' counts go into the period's row, once, with the state. */
    public void markClosed(String regency) {
        jdbc.update("update enumeration_period set state = 'CLOSED', closed_at = ?, closed_out = closed_out +"
                + " coalesce((select sum(t.visits) from period_closeout_tally t where t.regency_code = ?), 0)"
                + " where regency_code = ?", Timestamp.from(Instant.now()), regency, regency);
        jdbc.update("delete from period_closeout_tally where regency_code = ?", regency);
    }

    static EnumerationPeriod period(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new EnumerationPeriod(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                rs.getString(4));
    }
}
