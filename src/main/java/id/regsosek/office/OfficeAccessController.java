package id.regsosek.office;

import id.regsosek.access.SlsAccessMarks;
import id.regsosek.common.NotFoundException;
import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Saves one SLS's access mark from the office page. A refusal (another district, another regency, an unknown kind,
 * an approved assignment) re-shows the page with its Indonesian message next to that SLS's row.
 */
@Controller
class OfficeAccessController {

    private final SlsAccessMarks marks;
    private final OfficePage page;

    OfficeAccessController(SlsAccessMarks marks, OfficePage page) {
        this.marks = marks;
        this.page = page;
    }

    @PostMapping("/office/access")
    String mark(@RequestParam String code, @RequestParam(required = false) String access,
                @RequestParam(required = false) String district, Model model, HttpServletResponse response) {
        var user = CurrentUser.requireGroup(Groups.KOSEKA, Groups.REGENCY_ADMIN);
        try {
            marks.change(user, CurrentUser.regency(), code, access);
            return "redirect:" + UriComponentsBuilder.fromPath("/office").queryParamIfPresent("district",
                    java.util.Optional.ofNullable(district)).queryParam("saved", code).fragment("akses")
                    .encode().build().toUriString();
        } catch (NotFoundException | AccessDeniedException | IllegalArgumentException | IllegalStateException e) {
            response.setStatus(e instanceof NotFoundException ? 404 : e instanceof AccessDeniedException ? 403
                    : e instanceof IllegalStateException ? 409 : 400);
            model.addAttribute("accessErrorCode", code);
            model.addAttribute("accessError", e.getMessage());
            return page.page(null, null, district, null, model);
        }
    }
}
