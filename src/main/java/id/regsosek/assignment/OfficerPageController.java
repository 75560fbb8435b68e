package id.regsosek.assignment;

import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegsosekUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page of a PPL or PML ("Wilayah dan keluarga saya"): its SLS with progress (the same list as
 * {@code GET /api/assignment/my-sls}) and, per SLS, its families with what is open on each, linked into Tasklist.
 */
@Controller
public class OfficerPageController {

    private final OfficerAreas areas;
    private final OfficerFamilies families;

    public OfficerPageController(OfficerAreas areas, OfficerFamilies families) {
        this.areas = areas;
        this.families = families;
    }

    @GetMapping("/assignment/my")
    public String mySls(Model model) {
        RegsosekUser user = CurrentUser.requireGroup(Groups.PPL, Groups.PML);
        model.addAttribute("user", user.userId());
        CurrentUser.regency();
        model.addAttribute("areas", areas.ofUser(user.userId()));
        model.addAttribute("families", families.ofUser(user.userId()));
        return "assignment-my";
    }
}
