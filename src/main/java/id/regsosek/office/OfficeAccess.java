package id.regsosek.office;

import id.regsosek.access.SlsAccessMarks;
import id.regsosek.frame.FrameQueries;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegsosekUser;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The office page's "Gedung tertutup" section: the SLS of one district with their access mark, for the Koseka its
 * own district, for the regency admin the district it picks. Saving goes through {@link SlsAccessMarks}, the same
 * checks as {@code PUT /api/frame/sls/{code}/access}.
 */
@Component
class OfficeAccess {

    /** One choice of the access select, with its Indonesian label. */
    record Kind(String value, String label) {
    }

    static final List<Kind> KINDS = List.of(new Kind("", "Terbuka (tanpa izin)"),
            new Kind("APARTEMEN", "Apartemen / rusun"), new Kind("PERUMAHAN_TERTUTUP", "Perumahan tertutup"),
            new Kind("ASRAMA", "Asrama"));

    private final SlsAccessMarks marks;
    private final FrameQueries frame;

    OfficeAccess(SlsAccessMarks marks, FrameQueries frame) {
        this.marks = marks;
        this.frame = frame;
    }

    static boolean mayMark(RegsosekUser user) {
        return user.inGroup(Groups.KOSEKA) || user.inGroup(Groups.REGENCY_ADMIN);
    }

    /** Fills the section's model; a district not of the regency is treated as none picked. */
    void fill(Model model, RegsosekUser user, String regency, String picked) {
        boolean admin = user.inGroup(Groups.REGENCY_ADMIN);
        model.addAttribute("accessMarks", mayMark(user));
        if (!mayMark(user)) {
            return;
        }
        String district = admin
                ? frame.districts(regency).stream().map(FrameQueries.DistrictSummary::code)
                        .filter(c -> c.equals(picked)).findFirst().orElse(null)
                : marks.kosekaDistrict(user.userId(), regency).orElse(null);
        model.addAttribute("accessPick", admin);
        model.addAttribute("accessKinds", KINDS);
        model.addAttribute("accessDistrict", district);
        if (admin && !model.containsAttribute("districts")) {
            model.addAttribute("districts", frame.districts(regency));
        }
        if (district != null) {
            model.addAttribute("accessRows", marks.ofDistrict(regency, district));
        }
    }
}
