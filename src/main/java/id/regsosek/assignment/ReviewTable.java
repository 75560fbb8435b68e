package id.regsosek.assignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The Koseka's review as a table, one row per officer (SLS, families, load against the target, warnings), and the
 * choices of the move selects: what can move (an SLS, or a PPL with all its SLS) and to whom (an active PPL or PML
 * of the district). The selects only guide: {@link MoveService} checks every move again.
 */
@Service
public class ReviewTable {

    private final AssignmentRows rows;
    private final Officers officers;
    private final AssignmentSettings settings;

    public ReviewTable(AssignmentRows rows, Officers officers, AssignmentSettings settings) {
        this.rows = rows;
        this.officers = officers;
        this.settings = settings;
    }

    /** Rows of the table: each active PPL and PML (reserves included), then any SLS still without an officer. */
    public List<Map<String, Object>> officers(String district) {
        List<AssignmentRows.Row> all = rows.district(district);
        int target = settings.target();
        List<Map<String, Object>> out = new ArrayList<>();
        for (String role : List.of("PPL", "PML")) {
            for (Officers.Officer o : officers.active(district, role)) {
                List<AssignmentRows.Row> mine = all.stream().filter(r -> "PPL".equals(role)
                        ? Long.valueOf(o.id()).equals(r.pplId()) : Long.valueOf(o.id()).equals(r.pmlId())).toList();
                int families = mine.stream().mapToInt(AssignmentRows.Row::expected).sum();
                List<String> warnings = new ArrayList<>();
                if (mine.isEmpty()) {
                    warnings.add("cadangan: belum punya SLS");
                } else if ("PPL".equals(role)
                        && Math.abs(families - target) * 100 > settings.tolerancePercent() * target) {
                    warnings.add(String.format(Locale.ROOT, "di luar target +-%d%%", settings.tolerancePercent()));
                }
                mine.stream().filter(r -> r.prelist() > 0 && Math.abs(r.prelist() - r.expected()) * 100
                        > settings.prelistFlagPercent() * r.expected()).forEach(r -> warnings.add("SLS "
                        + r.slsCode() + " prelist " + r.prelist() + " vs perkiraan " + r.expected()));
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("officer", o.code() + " " + o.name());
                row.put("role", role);
                row.put("sls", mine.stream().map(AssignmentRows.Row::slsCode).collect(Collectors.joining(", ")));
                row.put("slsCount", mine.size());
                row.put("families", families);
                row.put("load", "PPL".equals(role) ? String.format(Locale.ROOT, "%d / %d (%+d%%)", families, target,
                        Math.round(100.0 * (families - target) / target)) : mine.size() + " SLS");
                row.put("warnings", String.join("; ", warnings));
                out.add(row);
            }
        }
        all.stream().filter(r -> r.pplId() == null || r.pmlId() == null || !"ACTIVE".equals(r.pplStatus())
                || !"ACTIVE".equals(r.pmlStatus())).filter(r -> !r.finished()).forEach(r -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("officer", "(tanpa petugas aktif)");
                    row.put("role", r.pplId() == null || !"ACTIVE".equals(r.pplStatus()) ? "PPL" : "PML");
                    row.put("sls", r.slsCode());
                    row.put("slsCount", 1);
                    row.put("families", r.expected());
                    row.put("load", "");
                    row.put("warnings", "SLS belum punya PPL/PML aktif: pindahkan");
                    out.add(row);
                });
        return out;
    }

    /** What a move can take: every SLS of the district, then every active PPL (with all its SLS, to a PML). */
    public List<Map<String, Object>> fromOptions(String district) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AssignmentRows.Row r : rows.district(district)) {
            out.add(option(r.slsCode(), "SLS " + r.slsCode() + " " + r.slsName() + " (" + r.expected() + " KK, PPL "
                    + (r.pplCode() == null ? "-" : r.pplCode()) + ")"));
        }
        for (Officers.Officer o : officers.active(district, "PPL")) {
            out.add(option(o.code(), "PPL " + o.code() + " " + o.name() + " beserta semua SLS-nya (ke PML)"));
        }
        return out;
    }

    /** Who a move can go to: the district's active PPL and PML. */
    public List<Map<String, Object>> toOptions(String district) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String role : List.of("PPL", "PML")) {
            officers.active(district, role).forEach(o -> out.add(option(o.code(), role + " " + o.code() + " "
                    + o.name())));
        }
        return out;
    }

    private static Map<String, Object> option(String value, String label) {
        return Map.of("value", value, "label", label);
    }
}
