package id.regsosek.mail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Kotak keluar": the regency admin's pages of the outbox; resend is a form post with the CSRF token. */
@Controller
public class OutboxPage {

    private final OutboxQueries queries;
    private final MailOutbox outbox;
    private final OutboxSettings settings;

    public OutboxPage(OutboxQueries queries, MailOutbox outbox, OutboxSettings settings) {
        this.queries = queries;
        this.outbox = outbox;
        this.settings = settings;
    }

    @GetMapping("/outbox")
    public String list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Long resent,
                       Model model) {
        String regency = OutboxController.adminRegency();
        model.addAttribute("regency", regency);
        model.addAttribute("view", queries.page(regency, page));
        model.addAttribute("resent", resent);
        return "outbox";
    }

    @GetMapping("/outbox/{id}")
    public String detail(@PathVariable long id, @RequestParam(required = false) Long resent, Model model) {
        String regency = OutboxController.adminRegency();
        model.addAttribute("regency", regency);
        model.addAttribute("detail", queries.detail(regency, id));
        model.addAttribute("resent", resent);
        return "outbox-mail";
    }

    @PostMapping("/outbox/{id}/resend")
    public String resend(@PathVariable long id, @RequestParam(defaultValue = "list") String back) {
        OutboxController.resend(queries, outbox, settings, id);
        return "mail".equals(back) ? "redirect:/outbox/" + id + "?resent=" + id : "redirect:/outbox?resent=" + id;
    }
}
