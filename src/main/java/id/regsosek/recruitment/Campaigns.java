package id.regsosek.recruitment;

import id.regsosek.common.EngineClock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The campaign's state in our table recruitment_campaign, written by the campaign's own steps. Rule for candidate
 * imports: a campaign key with a row is open to imports only in state OPEN and before its close time; a key
 * without a row (an office importing without a campaign process) is not restricted.
 */
@Service
public class Campaigns {

    public static final String PLANNED = "PLANNED";
    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String TRAINING_PLANNED = "TRAINING_PLANNED";
    public static final String HANDED_OVER = "HANDED_OVER";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What the start form planned, checked. */
    public record Plan(LocalDateTime opens, LocalDateTime closes, String place, LocalDate trainingStart, int days) {
    }

    public record Campaign(String key, String regency, String state, LocalDateTime opens, LocalDateTime closes) {
    }

    private final JdbcTemplate jdbc;

    public Campaigns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void plan(String regency, String campaign, String processInstanceId, Plan p) {
        if (find(campaign).isPresent()) {
            throw new IllegalArgumentException("Kegiatan " + campaign + " sudah ada; pilih kode kegiatan lain.");
        }
        jdbc.update("insert into recruitment_campaign (campaign_key, regency_code, process_instance_id, state,"
                + " registration_opens, registration_closes, training_place, training_start, training_days)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", campaign, regency, processInstanceId, PLANNED,
                Timestamp.valueOf(p.opens()), Timestamp.valueOf(p.closes()), p.place(),
                java.sql.Date.valueOf(p.trainingStart()), p.days());
    }

    /** Moves the campaign to a new state, stamping the column that records when. */
    public void moveTo(String campaign, String state, String stampColumn) {
        jdbc.update("update recruitment_campaign set state = ?, " + stampColumn + " = ? where campaign_key = ?",
                state, Timestamp.from(Instant.now()), campaign);
    }

    public void set(String campaign, String column, Object value) {
        jdbc.update("update recruitment_campaign set " + column + " = ? where campaign_key = ?", value, campaign);
    }

    public Optional<Campaign> find(String campaign) {
        List<Campaign> rows = jdbc.query("select campaign_key, regency_code, state, registration_opens,"
                + " registration_closes from recruitment_campaign where campaign_key = ?", (rs, i) -> new Campaign(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toLocalDateTime(),
                rs.getTimestamp(5).toLocalDateTime()), campaign);
        return rows.stream().findFirst();
    }

    /** The campaign's row as the API shows it (no CSV body). */
    public Optional<Map<String, Object>> summary(String regency, String campaign) {
        return jdbc.queryForList("select campaign_key, state, registration_opens, registration_closes, training_place,"
                + " training_start, training_days, opened_at, closed_at, selections_done_at, results_published_at,"
                + " training_planned_at, handed_over_at, district_count, selected_count, reserve_count,"
                + " not_selected_count, classes_planned from recruitment_campaign where campaign_key = ?"
                + " and regency_code = ?", campaign, regency).stream().findFirst().map(row -> {
                    // The same (lower-case) column names on H2 and PostgreSQL.
                    Map<String, Object> out = new java.util.LinkedHashMap<>();
                    row.forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), v));
                    return out;
                });
    }

    public Optional<String> publishedResults(String regency, String campaign) {
        return jdbc.queryForList("select results_csv from recruitment_campaign where campaign_key = ? and"
                + " regency_code = ? and results_csv is not null", String.class, campaign, regency).stream().findFirst();
    }

    /**
     * The same check inside the import's transaction, holding the campaign's row: the closing step (which updates
     * the row) waits for a running import, and an import after it sees CLOSED.
     */
    public void lockAndRequireRegistrationOpen(String regency, String campaign) {
        jdbc.queryForList("select state from recruitment_campaign where campaign_key = ? for update", String.class,
                campaign);
        requireRegistrationOpen(regency, campaign);
    }

    /**
     * A campaign key names its regency ({@code 32.16-2022}): one regency can neither reach nor collide with
     * another's campaign, and every step can check the key belongs to the instance's regency.
     */
    public static String requireKey(String regency, String campaign) {
        if (campaign == null || !campaign.startsWith(regency + "-") || !campaign.matches("[A-Za-z0-9._-]{7,40}")) {
            throw new IllegalArgumentException("campaign key must be " + regency + "- followed by letters, digits,"
                    + " '.', '_' or '-' (like " + regency + "-2022, at most 40 characters), got '"
                    + (campaign == null ? "" : campaign.length() > 40 ? campaign.substring(0, 40) + "..." : campaign)
                    + "'");
        }
        return campaign;
    }

    /**
     * Refuses a candidate import for a campaign that exists and is not taking registrations now.
     *
     * @throws RegistrationClosedException naming the campaign, its state and its registration window
     */
    public void requireRegistrationOpen(String regency, String campaign) {
        requireKey(regency, campaign);
        Optional<Campaign> found = find(campaign);
        if (found.isEmpty()) {
            return;
        }
        Campaign c = found.get();
        if (!c.regency().equals(regency)) {
            throw new RegistrationClosedException("campaign " + campaign + " belongs to regency " + c.regency()
                    + ", not " + regency);
        }
        LocalDateTime now = EngineClock.localNow();
        // The opening timer decides when it opens; past its close time it is closed even before the timer fired.
        if (PLANNED.equals(c.state())) {
            throw new RegistrationClosedException("campaign " + campaign + " is not taking registrations yet:"
                    + " registration opens " + SHOWN.format(c.opens()) + " and closes " + SHOWN.format(c.closes()));
        }
        if (!OPEN.equals(c.state()) || !now.isBefore(c.closes())) {
            throw new RegistrationClosedException("campaign " + campaign + " is not taking registrations:"
                    + " registration closed " + SHOWN.format(c.closes()) + " (campaign state " + c.state() + ")");
        }
    }
}
