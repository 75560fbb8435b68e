package id.regsosek.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Queues the operation's mails, rendered from templates in {@code config/mail/} (read from ./config when run from
 * the repository root, from the jar otherwise), into the outbox in the caller's transaction and returns at once:
 * no process step waits on a mail server. {@link OutboxSender} delivers them. A mail with no address is kept as
 * failed, so it shows on the dashboard instead of stopping the step. Addresses are personal data: logs name the
 * template and the reference, never the address.
 */
@Service
public class Mailer {

    /** An attachment: file name, MIME type, bytes. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final MailOutbox outbox;

    public Mailer(MailOutbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Queues one mail of a regency. Returns its outbox id.
     *
     * @param regency   the regency the mail belongs to (decides who sees it in Kotak keluar)
     * @param reference the business key it is about (registration number, SLS, officer code), for logs and staff
     */
    public long send(String regency, String template, String to, Map<String, ?> values, String reference,
                     Attachment... attachments) {
        MailTemplate t = template(template);
        String body = t.body(values);
        String shown = t.shownBody(values);
        String recipient = to == null || to.isBlank() ? null : to.trim();
        long id = outbox.insert(new MailOutbox.NewMail(regency, template, recipient, t.subject(values), body,
                shown.equals(body) ? null : shown, reference, List.of(attachments)));
        if (recipient == null) {
            log.warn("mail {} for {} has no address: kept as failed in the outbox (id {})", template, reference, id);
        }
        return id;
    }

    public MailTemplate template(String name) {
        Path local = Path.of("config", "mail", name + ".txt");
        try {
            if (Files.isReadable(local)) {
                return MailTemplate.parse(name, Files.readString(local, StandardCharsets.UTF_8));
            }
            try (InputStream in = Mailer.class.getResourceAsStream("/config/mail/" + name + ".txt")) {
                if (in == null) {
                    throw new IllegalArgumentException("no mail template config/mail/" + name + ".txt");
                }
                return MailTemplate.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("mail template " + name + " unreadable", e);
        }
    }
}
