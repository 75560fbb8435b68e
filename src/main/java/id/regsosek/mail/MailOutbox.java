package id.regsosek.mail;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The outbox table: rows written in the business transaction, then claimed, sent and marked by the sender. Every
 * state change is one conditional UPDATE, so two senders (threads or nodes) can never both hold a row: the second
 * UPDATE waits for the first's row lock and then finds the lease taken (PostgreSQL and H2 alike).
 */
@Repository
public class MailOutbox {

    /** A rendered mail to queue. shownBody is null when the body holds no secret. */
    public record NewMail(String regency, String template, String recipient, String subject, String body,
                          String shownBody, String reference, List<Mailer.Attachment> attachments) {
    }

    /** A row claimed for sending. */
    public record Claimed(long id, String template, String recipient, String subject, String body, String messageId,
                          String reference, int attempts, List<Mailer.Attachment> attachments) {
    }

    static final String NO_ADDRESS = "tidak ada alamat email penerima";

    private final JdbcTemplate jdbc;
    private final String messageIdDomain;

    public MailOutbox(JdbcTemplate jdbc, @Value("${regsosek.mail-from}") String from) {
        this.jdbc = jdbc;
        this.messageIdDomain = from.contains("@") ? from.substring(from.indexOf('@') + 1) : "regsosek";
    }

    public long insert(NewMail m) {
        Timestamp now = Timestamp.from(Instant.now());
        boolean noAddress = m.recipient() == null;
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("insert into mail_outbox (regency_code, template, recipient,"
                    + " subject, body, shown_body, reference, message_id, state, created_at, next_attempt_at,"
                    + " failing_since, last_error) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, m.regency());
            ps.setString(2, m.template());
            ps.setString(3, m.recipient());
            ps.setString(4, m.subject());
            ps.setString(5, m.body());
            ps.setString(6, m.shownBody());
            ps.setString(7, m.reference());
            ps.setString(8, "<" + UUID.randomUUID() + "@" + messageIdDomain + ">");
            ps.setString(9, noAddress ? "FAILED" : "QUEUED");
            ps.setTimestamp(10, now);
            ps.setTimestamp(11, now);
            ps.setTimestamp(12, noAddress ? now : null);
            ps.setString(13, noAddress ? NO_ADDRESS : null);
            return ps;
        }, key);
        long id = key.getKey().longValue();
        int position = 0;
        for (Mailer.Attachment a : m.attachments()) {
            jdbc.update("insert into mail_outbox_attachment (mail_id, position, file_name, content_type, content)"
                    + " values (?, ?, ?, ?, ?)", id, position++, a.fileName(), a.contentType(), a.content());
        }
        return id;
    }

    /** Claims up to {@code max} due rows for {@code owner} until {@code now + lease}; each claim counts an attempt. */
    public List<Claimed> claim(String owner, Instant now, java.time.Duration lease, int max) {
        Timestamp at = Timestamp.from(now);
        List<Long> due = jdbc.queryForList("select id from mail_outbox where state = 'QUEUED' and next_attempt_at <= ?"
                + " and (lease_until is null or lease_until < ?) order by next_attempt_at, id fetch first " + max
                + " rows only", Long.class, at, at);
        Timestamp until = Timestamp.from(now.plus(lease));
        return due.stream().filter(id -> jdbc.update("update mail_outbox set lease_until = ?, lease_owner = ?,"
                        + " attempts = attempts + 1 where id = ? and state = 'QUEUED' and next_attempt_at <= ?"
                        + " and (lease_until is null or lease_until < ?)", until, owner, id, at, at) == 1)
                .map(this::load).toList();
    }

    private Claimed load(long id) {
        List<Mailer.Attachment> attachments = jdbc.query("select file_name, content_type, content from"
                + " mail_outbox_attachment where mail_id = ? order by position", (rs, i) -> new Mailer.Attachment(
                        rs.getString(1), rs.getString(2), rs.getBytes(3)), id);
        return jdbc.queryForObject("select id, template, recipient, subject, body, message_id, reference, attempts"
                + " from mail_outbox where id = ?", (rs, i) -> new Claimed(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getInt(8), attachments), id);
    }

    /**
     * Resend now: due at once, a fresh retry window, a failed mail back in the queue. A mail already sent stays sent
     * (409): sending it again would be a new mail, not a resend. A row being sent keeps its lease, so this never
     * starts a second send of it.
     */
    public void resend(long id, Instant now, java.time.Duration giveUpAfter) {
        int n = jdbc.update("update mail_outbox set state = 'QUEUED', next_attempt_at = ?, give_up_at = ? where id = ?"
                + " and state <> 'SENT'", Timestamp.from(now), Timestamp.from(now.plus(giveUpAfter)), id);
        if (n == 0) {
            throw new IllegalStateException("mail " + id + " is already sent");
        }
    }

    /** Gives back a claimed row that was not tried: lease ended, attempt not counted. */
    public void release(long id) {
        jdbc.update("update mail_outbox set lease_until = null, lease_owner = null, attempts = attempts - 1"
                + " where id = ? and state = 'QUEUED'", id);
    }

    /** Sent: the secret-free body replaces the one that went out. */
    public void markSent(long id, Instant now) {
        jdbc.update("update mail_outbox set state = 'SENT', sent_at = ?, lease_until = null, lease_owner = null,"
                + " last_error = null, body = coalesce(shown_body, body), shown_body = null where id = ?",
                Timestamp.from(now), id);
    }

    /** Failed: the next try after the backoff, or FAILED for good once the row's retry window is over. */
    public void markFailed(Claimed mail, Instant now, String reason, OutboxSettings settings) {
        Timestamp at = Timestamp.from(now);
        Timestamp giveUp = Timestamp.from(now.plus(settings.giveUpAfter()));
        jdbc.update("update mail_outbox set lease_until = null, lease_owner = null, last_error = ?,"
                + " failing_since = coalesce(failing_since, ?), give_up_at = coalesce(give_up_at, ?),"
                + " next_attempt_at = ?, state = case when coalesce(give_up_at, ?) <= ? then 'FAILED' else 'QUEUED'"
                + " end where id = ? and state = 'QUEUED'", reason, at, giveUp,
                Timestamp.from(now.plus(settings.retryDelay(mail.attempts()))), giveUp, at, mail.id());
    }

    /** A mail the sender cannot send at all (no address): failed at once, no retries. */
    public void markUndeliverable(long id, Instant now, String reason) {
        jdbc.update("update mail_outbox set state = 'FAILED', lease_until = null, lease_owner = null, last_error = ?,"
                + " failing_since = coalesce(failing_since, ?) where id = ?", reason, Timestamp.from(now), id);
    }
}
