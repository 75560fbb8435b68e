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
        model.addAttribute("user", CurrentUser.requireGroup(Groups.MANAGER, Groups.REGENCY_ADMIN).userId());
        model.addAttribute("regency", CurrentUser.regency());
        return "dashboard";
    }
}
