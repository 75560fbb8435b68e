package id.regsosek.mail;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail template from {@code config/mail/NAME.txt}: the first line is "Subject: ...", then a blank line, then the
 * body. {@code ${name}} placeholders are filled from the values given; a placeholder without a value is an error
 * (better no mail than a mail that says "${trainingPlace}"). A {@link Secret} value goes into the mail that is
 * sent and is hidden in the copy staff can read in the outbox.
 */
public record MailTemplate(String name, String subject, String body) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z0-9_]+)}");

    public static MailTemplate parse(String name, String text) {
        String normalised = text.replace("\r\n", "\n");
        int end = normalised.indexOf("\n\n");
        if (!normalised.startsWith("Subject:") || end < 0) {
            throw new IllegalArgumentException("mail template " + name
                    + " must start with 'Subject: ...' and a blank line");
        }
        return new MailTemplate(name, normalised.substring("Subject:".length(), end).trim(),
                normalised.substring(end + 2));
    }

    /** A value that must reach the recipient but no screen or table longer than needed (a first-login password). */
    public record Secret(String value) {

        public static final String HIDDEN = "[disembunyikan]";

        @Override
        public String toString() {
            return HIDDEN;
        }
    }

    public String subject(Map<String, ?> values) {
        return fill(subject, values, false);
    }

    /** The body to send: secrets in clear. */
    public String body(Map<String, ?> values) {
        return fill(body, values, true);
    }

    /** The body staff may read: secrets hidden. */
    public String shownBody(Map<String, ?> values) {
        return fill(body, values, false);
    }

    private String fill(String text, Map<String, ?> values, boolean revealSecrets) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException("mail template " + name + " needs a value for ${" + m.group(1)
                        + "}");
            }
            String shown = revealSecrets && v instanceof Secret secret ? secret.value() : v.toString();
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }
}
