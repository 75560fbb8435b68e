package id.regsosek.assignment;

import id.regsosek.common.NotFoundException;
import id.regsosek.frame.AreaCodes;
import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A district's whole plan as a page, read from our tables at each request: what the Koseka's review form shows,
 * always current, for a browser already logged in to Tasklist (the API needs HTTP Basic).
 */
@Controller
public class PlanPageController {

    private final SummaryWriter summaries;
    private final PlanStore plans;

    public PlanPageController(SummaryWriter summaries, PlanStore plans) {
        this.summaries = summaries;
        this.plans = plans;
    }

    @GetMapping("/assignment/districts/{code}/plan")
    public String plan(@PathVariable String code, Model model) {
        CurrentUser.requireGroup(Groups.KOSEKA, Groups.REGENCY_ADMIN, Groups.MANAGER);
        CurrentUser.requireOwnRegency(AreaCodes.regencyOf(code));
        String state = plans.state(code);
        if (state == null) {
            throw new NotFoundException("belum ada usulan penugasan untuk kecamatan " + code);
        }
        model.addAttribute("district", code);
        model.addAttribute("state", state);
        model.addAttribute("summary", summaries.summary(code));
        return "assignment-plan";
    }
}
