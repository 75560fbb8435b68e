package id.regsosek.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends the operation's mails from templates in {@code config/mail/} (read from ./config when run from the
 * repository root, from the jar otherwise). A send that fails throws: callers run it in an async BPMN step with
 * retries, so a mail server outage becomes a retried job and, when retries run out, an incident a manager sees.
 * Addresses are personal data: logs name the template and the business key, never the address.
 */
@Service
public class Mailer {

    /** An attachment: file name, MIME type, bytes. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final String from;

    public Mailer(JavaMailSender sender, @Value("${regsosek.mail-from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    public void send(String template, String to, Map<String, ?> values, String reference, Attachment... attachments) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("no mail address for " + reference);
        }
        MailTemplate t = template(template);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, attachments.length > 0,
                    StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(t.subject(values));
            helper.setText(t.body(values));
            for (Attachment a : attachments) {
                helper.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
            }
            sender.send(message);
            log.info("mail {} sent for {}", template, reference);
        } catch (MessagingException e) {
            throw new IllegalStateException("mail " + template + " for " + reference + " could not be built", e);
        }
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
