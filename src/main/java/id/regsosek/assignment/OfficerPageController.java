package id.regsosek.assignment;

import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegsosekUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The simple page of a PPL or PML: its SLS with progress (the same list as {@code GET /api/assignment/my-sls}). */
@Controller
public class OfficerPageController {

    private final OfficerAreas areas;

    public OfficerPageController(OfficerAreas areas) {
        this.areas = areas;
    }

    @GetMapping("/assignment/my")
    public String mySls(Model model) {
        RegsosekUser user = CurrentUser.requireGroup(Groups.PPL, Groups.PML);
        model.addAttribute("user", user.userId());
        model.addAttribute("areas", areas.ofUser(user.userId()));
        return "assignment-my";
    }
}
