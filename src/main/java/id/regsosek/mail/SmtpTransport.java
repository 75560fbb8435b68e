package id.regsosek.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.boot.autoconfigure.mail.MailProperties;

/**
 * One SMTP delivery of an outbox row with the server settings of {@code spring.mail.*} (timeouts in
 * {@code spring.mail.properties.mail.smtp.*}) and a hard deadline on the whole send. The Message-ID is the row's,
 * fixed when it was queued, so a second delivery of one row is recognisably the same mail.
 */
public class SmtpTransport {

    private final MailProperties mail;
    private final String from;
    private final long deadlineMillis;
    private final DeadlineSockets sockets = new DeadlineSockets();
    private final Session session;

    public SmtpTransport(MailProperties mail, String from, java.time.Duration deadline) {
        this.mail = mail;
        this.from = from;
        this.deadlineMillis = deadline.toMillis();
        Properties props = new Properties();
        props.putAll(mail.getProperties());
        // An instance, not a class name: Jakarta Mail takes it with put, and it ties each socket to its send.
        props.put("mail.smtp.socketFactory", sockets);
        props.put("mail.smtp.socketFactory.fallback", "false");
        this.session = Session.getInstance(props);
    }

    public void send(MailOutbox.Claimed m) throws Exception {
        MimeMessage message = message(m);
        sockets.within(deadlineMillis, () -> {
            try (Transport transport = session.getTransport(mail.getProtocol())) {
                transport.connect(mail.getHost(), mail.getPort() == null ? -1 : mail.getPort(),
                        blankToNull(mail.getUsername()), blankToNull(mail.getPassword()));
                transport.sendMessage(message, message.getAllRecipients());
            }
        });
    }

    MimeMessage message(MailOutbox.Claimed m) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(m.recipient(), true));
        message.setSubject(m.subject(), StandardCharsets.UTF_8.name());
        if (m.attachments().isEmpty()) {
            message.setText(m.body(), StandardCharsets.UTF_8.name());
        } else {
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(m.body(), StandardCharsets.UTF_8.name());
            parts.addBodyPart(text);
            for (Mailer.Attachment a : m.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
                part.setFileName(a.fileName());
                parts.addBodyPart(part);
            }
            message.setContent(parts);
        }
        message.setSentDate(new java.util.Date());
        // saveChanges gives every send a fresh Message-ID; ours is set after it and kept.
        message.saveChanges();
        message.setHeader("Message-ID", m.messageId());
        return message;
    }

    /** MAIL_USER unset is "", and Jakarta Mail tries to log in with any non-null user: none means null. */
    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    public void close() {
        sockets.shutdown();
    }
}
