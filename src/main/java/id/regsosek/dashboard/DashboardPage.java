package id.regsosek.dashboard;

import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page a regency manager opens every morning; its figures come from the dashboard API. */
@Controller
public class DashboardPage {

    @GetMapping("/dashboard")
    public String dashboard(Model model) {
        var user = CurrentUser.requireGroup(Groups.MANAGER, Groups.REGENCY_ADMIN);
        model.addAttribute("user", user.userId());
        model.addAttribute("regencyAdmin", user.inGroup(Groups.REGENCY_ADMIN));
        model.addAttribute("regency", CurrentUser.regency());
        return "dashboard";
    }
}
