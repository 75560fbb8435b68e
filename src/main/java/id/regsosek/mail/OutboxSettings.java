package id.regsosek.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the outbox sender works ({@code regsosek.mail.outbox.*}). The lease must outlast the hard send deadline, so a
 * slow server never lets a second sender take a row that is still being sent.
 *
 * @param worker       whether this node runs the background sender (off in the H2 tests, which drive it by hand)
 * @param pollInterval pause between two rounds when nothing was due
 * @param batchSize    rows claimed per look at the table
 * @param lease        how long a claimed row is reserved for its sender
 * @param sendDeadline hard cap on one send: the connection is closed when it is reached, whatever the timeouts
 * @param firstRetry   wait after the first failure; it doubles per failure up to maxRetry
 * @param maxRetry     longest wait between two tries
 * @param giveUpAfter  how long a failing mail is retried before it is marked failed (the admin can resend it)
 */
@ConfigurationProperties("regsosek.mail.outbox")
public record OutboxSettings(boolean worker, Duration pollInterval, int batchSize, Duration lease,
                             Duration sendDeadline, Duration firstRetry, Duration maxRetry, Duration giveUpAfter) {

    public OutboxSettings {
        if (lease.compareTo(sendDeadline) <= 0) {
            throw new IllegalArgumentException("regsosek.mail.outbox.lease (" + lease + ") must be longer than"
                    + " regsosek.mail.outbox.send-deadline (" + sendDeadline + "): a slow send would be sent twice");
        }
        if (batchSize < 1 || firstRetry.isNegative() || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("regsosek.mail.outbox: batch-size >= 1 and first-retry <= max-retry");
        }
    }

    /** Wait before the next try after the n-th failed attempt: firstRetry doubling, capped at maxRetry. */
    public Duration retryDelay(int attempts) {
        Duration d = firstRetry;
        for (int i = 1; i < attempts && d.compareTo(maxRetry) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxRetry) > 0 ? maxRetry : d;
    }
}
