package id.regsosek.assignment;

import id.regsosek.visit.AccessNote;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What a PPL or PML sees of its own work: its SLS with progress (families final / expected) and, for a closed
 * building, its access note (allowed hours and contact, or that the permission is still awaited).
 */
@Service
public class OfficerAreas {

    public record Area(String slsCode, String slsName, String role, String pplCode, String pmlCode, String status,
                       int expectedFamilies, int prelistFamilies, int families, int finalFamilies,
                       String accessNote) {
    }

    private final Officers officers;
    private final AssignmentRows rows;
    private final JdbcTemplate jdbc;

    public OfficerAreas(Officers officers, AssignmentRows rows, JdbcTemplate jdbc) {
        this.officers = officers;
        this.rows = rows;
        this.jdbc = jdbc;
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
                            r.expected(), r.prelist(), r.families(), r.finalFamilies(), accessNote(r.slsCode())));
                }
            }
        }
        return out;
    }

    private String accessNote(String slsCode) {
        // "" for an open SLS: a row mapper may not answer null into the list findFirst reads.
        String note = jdbc.query("select s.access_kind, x.status, x.hours_from, x.hours_to, x.contact_name,"
                + " x.contact_phone from sls s left join sls_access x on x.sls_id = s.id where s.code = ?", (rs, i) ->
                rs.getString(1) == null ? "" : "GRANTED".equals(rs.getString(2)) ? AccessNote.of(rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)) : AccessNote.WAITING, slsCode)
                .stream().findFirst().orElse("");
        return note.isEmpty() ? null : note;
    }
}
