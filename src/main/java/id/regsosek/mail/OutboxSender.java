package id.regsosek.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due outbox rows: claims a batch with a lease, sends each (hard deadline shorter than the lease), marks it
 * sent, or schedules its next try with a growing wait. Runs outside the job executor, so no process step ever
 * waits for it. When the server is down or hung the round stops at the first such failure instead of spending the
 * deadline on every queued mail; the others wait their turn.
 */
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final MailOutbox outbox;
    private final SmtpTransport smtp;
    private final OutboxSettings settings;
    private final Clock clock;
    private final String owner = "sender-" + UUID.randomUUID();

    public OutboxSender(MailOutbox outbox, SmtpTransport smtp, OutboxSettings settings, Clock clock) {
        this.outbox = outbox;
        this.smtp = smtp;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends what is due now, batch after batch, until nothing is due or the server fails. Returns mails sent. */
    public int sendDue() {
        int sent = 0;
        while (!Thread.currentThread().isInterrupted()) {
            List<MailOutbox.Claimed> batch = outbox.claim(owner, clock.instant(), settings.lease(),
                    settings.batchSize());
            if (batch.isEmpty()) {
                return sent;
            }
            for (int i = 0; i < batch.size(); i++) {
                MailOutbox.Claimed mail = batch.get(i);
                MailFailure failure = sendOne(mail);
                if (failure == null) {
                    sent++;
                } else if (failure.serverDown()) {
                    // Hand back the rest of the batch untried: their leases end now, their attempt is not counted.
                    batch.subList(i + 1, batch.size()).forEach(m -> outbox.release(m.id()));
                    return sent;
                }
            }
        }
        return sent;
    }

    private MailFailure sendOne(MailOutbox.Claimed mail) {
        if (mail.recipient() == null) {
            outbox.markUndeliverable(mail.id(), clock.instant(), MailOutbox.NO_ADDRESS);
            return new MailFailure(MailOutbox.NO_ADDRESS, false, true);
        }
        try {
            smtp.send(mail);
            outbox.markSent(mail.id(), clock.instant());
            log.info("mail {} ({}) for {} sent, attempt {}", mail.id(), mail.template(), mail.reference(),
                    mail.attempts());
            return null;
        } catch (Exception e) {
            MailFailure failure = MailFailure.of(e);
            String reason = failure.reasonWithout(mail.recipient());
            if (failure.permanent()) {
                outbox.markUndeliverable(mail.id(), clock.instant(), reason);
            } else {
                outbox.markFailed(mail, clock.instant(), reason, settings);
            }
            log.warn("mail {} ({}) for {} to {} failed, attempt {}: {}", mail.id(), mail.template(), mail.reference(),
                    MailAddresses.mask(mail.recipient()), mail.attempts(), reason);
            // The whole exception once per mail (and on every try at debug level), never with the address.
            if (mail.attempts() == 1 || log.isDebugEnabled()) {
                log.warn("mail {} failure in detail", mail.id(), MailFailure.forLog(e, mail.recipient()));
            }
            return failure;
        }
    }
}
