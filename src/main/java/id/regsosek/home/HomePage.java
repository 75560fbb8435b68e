package id.regsosek.home;

import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegsosekUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * After login: what this user can open (Tasklist for everyone; the office page for the regency admin and
 * recruitment staff; their own SLS and families for PPL and PML; Cockpit and the dashboard for managers).
 */
@Controller
public class HomePage {

    @GetMapping("/")
    public String home(Model model) {
        RegsosekUser user = CurrentUser.get();
        model.addAttribute("user", user.userId());
        model.addAttribute("regency", user.regency());
        model.addAttribute("groups", user.groups());
        boolean manages = user.inGroup(Groups.MANAGER) || user.inGroup(Groups.REGENCY_ADMIN);
        model.addAttribute("manages", manages && user.regency() != null);
        model.addAttribute("regencyAdmin", user.inGroup(Groups.REGENCY_ADMIN) && user.regency() != null);
        model.addAttribute("admin", user.inGroup("camunda-admin"));
        boolean regency = user.regency() != null;
        model.addAttribute("office", regency && (user.inGroup(Groups.REGENCY_ADMIN)
                || user.inGroup(Groups.RECRUITMENT_STAFF) || user.inGroup(Groups.KOSEKA)));
        model.addAttribute("koseka", regency && user.inGroup(Groups.KOSEKA));
        model.addAttribute("recruitment", regency && user.inGroup(Groups.RECRUITMENT_STAFF));
        model.addAttribute("villageOfficial", regency && user.inGroup(Groups.VILLAGE_OFFICIAL));
        model.addAttribute("officer", regency && (user.inGroup(Groups.PPL) || user.inGroup(Groups.PML)));
        return "home";
    }
}
