package id.regsosek.visit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Revisits and appointments. A revisit goes to the next day at another time of day than the last attempt
 * (morning -> afternoon -> evening -> morning): nobody home at 10:00 is often home at 16:00 or after dark.
 */
@Repository
public class VisitCalendar {

    public record Entry(long id, long familyId, String headName, String address, Instant plannedAt, String kind,
                        boolean noticeLetter, String note) {
    }

    /** The hours a closed building's management lets officers in, the same every day (from before to). */
    public record AllowedHours(LocalTime from, LocalTime to) {
    }

    static final LocalTime MORNING = LocalTime.of(8, 0);
    static final LocalTime AFTERNOON = LocalTime.of(15, 0);
    static final LocalTime EVENING = LocalTime.of(19, 0);

    private final JdbcTemplate jdbc;
    private final VisitSettings settings;

    public VisitCalendar(JdbcTemplate jdbc, VisitSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The next attempt after one made at {@code last}: next day, the next time-of-day slot; never in the past. */
    public Instant nextRevisit(Instant last, Instant now) {
        ZonedDateTime local = last.atZone(settings.zone());
        LocalTime slot = local.getHour() < 12 ? AFTERNOON : local.getHour() < 17 ? EVENING : MORNING;
        Instant planned = local.toLocalDate().plusDays(1).atTime(slot).atZone(settings.zone()).toInstant();
        return planned.isAfter(now) ? planned : now.plusSeconds(3600);
    }

    /**
     * The same, moved into the allowed hours of a closed building: a slot before opening moves to that day's
     * opening, one at or after closing to that day's opening if still ahead, else the next day's. Without hours, as
     * {@link #nextRevisit(Instant, Instant)}.
     */
    public Instant nextRevisit(Instant last, Instant now, java.util.Optional<AllowedHours> hours) {
        Instant planned = nextRevisit(last, now);
        if (hours.isEmpty()) {
            return planned;
        }
        LocalTime from = hours.get().from();
        ZonedDateTime local = planned.atZone(settings.zone());
        if (local.toLocalTime().isBefore(from)) {
            return local.with(from).toInstant();
        }
        if (local.toLocalTime().isBefore(hours.get().to())) {
            return planned;
        }
        // After closing: that day's opening, if it is still ahead; else the next day's.
        Instant opening = local.with(from).toInstant();
        return opening.isAfter(now) ? opening : local.toLocalDate().plusDays(1).atTime(from).atZone(settings.zone())
                .toInstant();
    }

    /** The allowed hours of the SLS's granted building access, if it is a closed building. */
    public java.util.Optional<AllowedHours> allowedHours(long slsId) {
        return jdbc.query("select hours_from, hours_to from sls_access where sls_id = ? and status = 'GRANTED'"
                        + " and hours_from is not null and hours_to is not null",
                (rs, i) -> new AllowedHours(LocalTime.parse(rs.getString(1)), LocalTime.parse(rs.getString(2))),
                slsId).stream().findFirst();
    }

    public void add(long familyId, Long pplOfficerId, Instant at, String kind, boolean noticeLetter, String note) {
        jdbc.update("insert into visit_appointment (family_id, ppl_officer_id, planned_at, kind, notice_letter, note)"
                + " values (?, ?, ?, ?, ?, ?)", familyId, pplOfficerId, Timestamp.from(at), kind, noticeLetter, note);
    }

    public List<Entry> ofFamily(long familyId) {
        return query("a.family_id = ?", familyId, Timestamp.from(Instant.EPOCH), Timestamp.from(Instant.now()
                .plusSeconds(3650L * 86400)));
    }

    /** A PPL's open families' planned visits from a day on, by local day. */
    public Map<LocalDate, List<Entry>> byDay(long pplOfficerId, LocalDate from, int days) {
        Instant start = from.atStartOfDay(settings.zone()).toInstant();
        Instant end = from.plusDays(days).atStartOfDay(settings.zone()).toInstant();
        List<Entry> rows = query("a.ppl_officer_id = ? and f.result_code is null", pplOfficerId,
                Timestamp.from(start), Timestamp.from(end));
        return rows.stream().collect(Collectors.groupingBy(
                e -> LocalDateTime.ofInstant(e.plannedAt(), settings.zone()).toLocalDate(), TreeMap::new,
                Collectors.toList()));
    }

    private List<Entry> query(String condition, Object key, Timestamp from, Timestamp to) {
        return jdbc.query("select a.id, a.family_id, f.head_name, f.address, a.planned_at, a.kind, a.notice_letter,"
                        + " a.note from visit_appointment a join family f on f.id = a.family_id where " + condition
                        + " and a.planned_at >= ? and a.planned_at < ? order by a.planned_at, a.id",
                (rs, i) -> new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getBoolean(7), rs.getString(8)),
                key, from, to);
    }
}
