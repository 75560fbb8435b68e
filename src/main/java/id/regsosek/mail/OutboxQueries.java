package id.regsosek.mail;

import id.regsosek.common.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Reads of one regency's outbox: always by regency, so no screen shows another regency's mail. */
@Service
public class OutboxQueries {

    public static final int PAGE_SIZE = 50;
    /** Beyond any real outbox; a larger page number is simply empty (and never overflows an offset). */
    private static final int MAX_PAGE = 1_000_000;
    private static final String COLUMNS = "id, state, template, recipient, subject, created_at, attempts,"
            + " next_attempt_at, last_error, sent_at";

    private final JdbcTemplate jdbc;

    public OutboxQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public OutboxViews.Page page(String regency, int page) {
        if (page < 0) {
            throw new IllegalArgumentException("page: must be 0 or more, not " + page);
        }
        long total = jdbc.queryForObject("select count(*) from mail_outbox where regency_code = ?", Long.class,
                regency);
        List<OutboxViews.Mail> mails = page > MAX_PAGE ? List.of() : jdbc.query("select " + COLUMNS
                + " from mail_outbox where regency_code = ? order by created_at desc, id desc offset ? rows fetch"
                + " first " + PAGE_SIZE + " rows only", (rs, i) -> mail(rs), regency, (long) page * PAGE_SIZE);
        return new OutboxViews.Page(page, PAGE_SIZE, total, mails);
    }

    /** One mail of the caller's regency: 404 when there is none, 403 when it is another regency's. */
    public OutboxViews.Detail detail(String regency, long id) {
        requireOwn(regency, id);
        OutboxViews.Mail mail = jdbc.queryForObject("select " + COLUMNS + " from mail_outbox where id = ?",
                (rs, i) -> mail(rs), id);
        return jdbc.queryForObject("select coalesce(shown_body, body), message_id, reference from mail_outbox"
                + " where id = ?", (rs, i) -> new OutboxViews.Detail(mail, rs.getString(1), attachments(id),
                        rs.getString(2), rs.getString(3)), id);
    }

    /** Mails that failed at least once and are not sent, oldest failure first. */
    public List<OutboxViews.Failing> failing(String regency, int limit) {
        return jdbc.query("select id, template, recipient, failing_since, last_error, state from mail_outbox"
                + " where regency_code = ? and state <> 'SENT' and last_error is not null order by failing_since,"
                + " id fetch first " + limit + " rows only", (rs, i) -> new OutboxViews.Failing(rs.getLong(1),
                        MailKinds.words(rs.getString(2)), rs.getString(3), instant(rs.getTimestamp(4)),
                        rs.getString(5), "FAILED".equals(rs.getString(6))), regency);
    }

    public void requireOwn(String regency, long id) {
        List<String> owner = jdbc.queryForList("select regency_code from mail_outbox where id = ?", String.class, id);
        if (owner.isEmpty()) {
            throw new NotFoundException("no mail " + id);
        }
        if (!owner.get(0).equals(regency)) {
            throw new AccessDeniedException("mail " + id + " belongs to regency " + owner.get(0)
                    + " (you work for " + regency + ")");
        }
    }

    private List<String> attachments(long id) {
        return jdbc.queryForList("select file_name from mail_outbox_attachment where mail_id = ? order by position",
                String.class, id);
    }

    private static OutboxViews.Mail mail(ResultSet rs) throws SQLException {
        String state = rs.getString(2);
        int attempts = rs.getInt(7);
        String error = rs.getString(9);
        return new OutboxViews.Mail(rs.getLong(1), state, MailKinds.state(state, attempts, error), rs.getString(3),
                MailKinds.words(rs.getString(3)), rs.getString(4), rs.getString(5), instant(rs.getTimestamp(6)),
                attempts, "SENT".equals(state) ? null : instant(rs.getTimestamp(8)), error,
                instant(rs.getTimestamp(10)), !"SENT".equals(state));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
