package id.regsosek.assignment;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** What a PPL or PML sees of its own work: its SLS with progress (families final / expected). */
@Service
public class OfficerAreas {

    public record Area(String slsCode, String slsName, String role, String pplCode, String pmlCode, String status,
                       int expectedFamilies, int prelistFamilies, int families, int finalFamilies) {
    }

    private final Officers officers;
    private final AssignmentRows rows;

    public OfficerAreas(Officers officers, AssignmentRows rows) {
        this.officers = officers;
        this.rows = rows;
    }

    /** The SLS of every active officer record of a Camunda user (normally one), in code order. */
    public List<Area> ofUser(String userId) {
        List<Area> out = new ArrayList<>();
        for (Officers.Officer o : officers.byUser(userId)) {
            if (!o.active()) {
                continue;
            }
            for (AssignmentRows.Row r : rows.ofOfficer(o.districtCode(), o.id())) {
                boolean mine = "PPL".equals(o.role()) ? Long.valueOf(o.id()).equals(r.pplId())
                        : Long.valueOf(o.id()).equals(r.pmlId());
                if (mine) {
                    out.add(new Area(r.slsCode(), r.slsName(), o.role(), r.pplCode(), r.pmlCode(), r.status(),
                            r.expected(), r.prelist(), r.families(), r.finalFamilies()));
                }
            }
        }
        return out;
    }
}
