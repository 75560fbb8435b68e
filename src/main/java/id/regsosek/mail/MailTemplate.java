package id.regsosek.mail;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail template from {@code config/mail/NAME.txt}: the first line is "Subject: ...", then a blank line, then the
 * body. {@code ${name}} placeholders are filled from the values given; a placeholder without a value is an error
 * (better no mail than a mail that says "${trainingPlace}").
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

    public String subject(Map<String, ?> values) {
        return fill(subject, values);
    }

    public String body(Map<String, ?> values) {
        return fill(body, values);
    }

    private String fill(String text, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException("mail template " + name + " needs a value for ${" + m.group(1)
                        + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
