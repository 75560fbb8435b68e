package id.regsosek.mail;

import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import java.time.Instant;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Kotak keluar over HTTP Basic, for the regency admin of the caller's regency: the mails newest first, one mail to
 * read, and "resend now". Any other role, or a mail of another regency, gets 403.
 */
@RestController
@RequestMapping("/api/mail/outbox")
public class OutboxController {

    private final OutboxQueries queries;
    private final MailOutbox outbox;
    private final OutboxSettings settings;

    public OutboxController(OutboxQueries queries, MailOutbox outbox, OutboxSettings settings) {
        this.queries = queries;
        this.outbox = outbox;
        this.settings = settings;
    }

    static String adminRegency() {
        CurrentUser.requireGroup(Groups.REGENCY_ADMIN);
        return CurrentUser.regency();
    }

    @GetMapping
    public OutboxViews.Page list(@RequestParam(defaultValue = "0") int page) {
        return queries.page(adminRegency(), page);
    }

    @GetMapping("/{id}")
    public OutboxViews.Detail detail(@PathVariable long id) {
        return queries.detail(adminRegency(), id);
    }

    @PostMapping("/{id}/resend")
    public Map<String, Object> resend(@PathVariable long id) {
        resend(queries, outbox, settings, id);
        return Map.of("id", id, "state", "QUEUED", "message", "email dijadwalkan untuk dikirim ulang sekarang");
    }

    /** The admin's resend, shared by this API and the page. */
    static void resend(OutboxQueries queries, MailOutbox outbox, OutboxSettings settings, long id) {
        String regency = adminRegency();
        queries.requireOwn(regency, id);
        outbox.resend(id, Instant.now(), settings.giveUpAfter());
    }
}
