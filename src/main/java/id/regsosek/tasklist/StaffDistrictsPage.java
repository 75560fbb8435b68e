package id.regsosek.tasklist;

import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Rekrutmen per kecamatan": the recruitment staff's open steps per district, each a link into Tasklist. */
@Controller
public class StaffDistrictsPage {

    private final StaffDistricts board;

    public StaffDistrictsPage(StaffDistricts board) {
        this.board = board;
    }

    @GetMapping("/tugas/rekrutmen")
    public String page(Model model) {
        CurrentUser.requireGroup(Groups.RECRUITMENT_STAFF);
        String regency = CurrentUser.regency();
        model.addAttribute("regency", regency);
        model.addAttribute("board", board.board(regency));
        return "staff-districts";
    }
}
