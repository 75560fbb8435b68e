package id.regsosek.office;

import id.regsosek.forum.ForumRows;
import id.regsosek.frame.FrameQueries;
import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegsosekUser;
import id.regsosek.imports.ImportRuns;
import id.regsosek.period.EnumerationPeriods;
import id.regsosek.period.InvalidPeriodException;
import id.regsosek.period.PeriodMover;
import id.regsosek.recruitment.campaign.RegencyCampaigns;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Pekerjaan kantor": what a role does outside Tasklist, one section per action it may take (the server checks
 * the role and the regency again on every action): uploads with their progress and problems, and the regency
 * admin's move of the enumeration period's end, and the Koseka's (or the admin's) access marks of closed buildings.
 */
@Controller
public class OfficePage {

    private final RegencyCampaigns campaigns;
    private final FrameQueries frame;
    private final EnumerationPeriods periods;
    private final PeriodMover mover;
    private final ImportRuns runs;
    private final OfficeAccess access;
    private final ForumRows forums;

    public OfficePage(RegencyCampaigns campaigns, FrameQueries frame, EnumerationPeriods periods, PeriodMover mover,
                      ImportRuns runs, OfficeAccess access, ForumRows forums) {
        this.access = access;
        this.forums = forums;
        this.campaigns = campaigns;
        this.frame = frame;
        this.periods = periods;
        this.mover = mover;
        this.runs = runs;
    }

    @GetMapping("/office")
    public String page(@RequestParam(name = "import", required = false) String importId,
                       @RequestParam(required = false) String moved,
                       @RequestParam(required = false) String district,
                       @RequestParam(required = false) String saved, Model model) {
        String regency = CurrentUser.regency();
        RegsosekUser user = CurrentUser.get();
        boolean admin = user.inGroup(Groups.REGENCY_ADMIN);
        boolean recruitment = admin || user.inGroup(Groups.RECRUITMENT_STAFF);
        model.addAttribute("user", user.userId());
        model.addAttribute("regency", regency);
        model.addAttribute("admin", admin);
        model.addAttribute("recruitment", recruitment);
        model.addAttribute("officer", user.inGroup(Groups.PPL) || user.inGroup(Groups.PML));
        model.addAttribute("kinds", OfficeImportKind.values());
        if (recruitment) {
            model.addAttribute("campaigns", campaigns.of(regency));
        }
        if (admin) {
            model.addAttribute("districts", frame.districts(regency));
            model.addAttribute("period", periods.of(regency));
            model.addAttribute("moves", periods.moves(regency));
            model.addAttribute("today", LocalDate.now());
            model.addAttribute("moved", moved != null);
        }
        access.fill(model, user, regency, district);
        model.addAttribute("accessSaved", saved);
        // A village official uploads its own forum's corrections, and sees only the runs it started.
        boolean official = user.inGroup(Groups.VILLAGE_OFFICIAL);
        String village = official ? forums.villageOf(user.userId()) : null;
        model.addAttribute("villageOfficial", official);
        model.addAttribute("village", village);
        model.addAttribute("villageForums", village == null ? java.util.List.of() : forums.openCampaigns(village));
        boolean own = official && importId != null && runs.startedBy(importId, regency)
                .filter(user.userId()::equals).isPresent();
        if (importId != null && (recruitment || own)) {
            runs.find(importId, regency).ifPresent(r -> model.addAttribute("run", r));
        }
        return "office";
    }

    /** The regency admin's move of the period end (the same rules as PUT /api/period/{regency}/end). */
    @PostMapping("/office/period")
    public String movePeriod(@RequestParam(required = false) String end, @RequestParam(required = false) String reason,
                             Model model, HttpServletResponse response) {
        String user = CurrentUser.requireGroup(Groups.REGENCY_ADMIN).userId();
        String regency = CurrentUser.regency();
        try {
            mover.moveEnd(regency, date(end), reason, user);
            return "redirect:/office?moved=1#periode";
        } catch (InvalidPeriodException | IllegalStateException e) {
            response.setStatus(e instanceof InvalidPeriodException ? 422 : 409);
            model.addAttribute("periodError", e.getMessage());
            model.addAttribute("endValue", OfficeText.shown(end));
            model.addAttribute("reasonValue", reason == null || reason.length() > 500 ? "" : reason);
            return page(null, null, null, null, model);
        }
    }

    private static LocalDate date(String end) {
        if (end == null || end.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(end.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidPeriodException("tanggal akhir '" + OfficeText.shown(end) + "' bukan tanggal (pilih di"
                    + " kalender, mis. 2022-11-21)");
        }
    }
}
