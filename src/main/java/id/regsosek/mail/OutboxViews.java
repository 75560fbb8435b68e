package id.regsosek.mail;

import java.time.Instant;
import java.util.List;

/** What Kotak keluar, its API and the dashboard show of the outbox. */
public final class OutboxViews {

    private OutboxViews() {
    }

    /** One mail in the list. */
    public record Mail(long id, String state, String stateText, String template, String kind, String recipient,
                       String subject, Instant createdAt, int attempts, Instant nextAttemptAt, String lastError,
                       Instant sentAt, boolean resendable) {
    }

    /** One page of the list, newest first. */
    public record Page(int page, int size, long total, List<Mail> mails) {

        public long pages() {
            return (total + size - 1) / size;
        }
    }

    /** One mail to read: what it says and what it carries. Secrets are hidden. */
    public record Detail(Mail mail, String body, List<String> attachments, String messageId, String reference) {
    }

    /** A mail that fails, for the dashboard's problem list. */
    public record Failing(long id, String kind, String recipient, Instant since, String reason, boolean givenUp) {
    }
}
