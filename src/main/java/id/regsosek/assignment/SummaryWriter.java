package id.regsosek.assignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The read-only text the Koseka reviews: balance, warnings (officers past the tolerance, an overloaded district,
 * SLS whose prelist differs strongly from the expected count, reserves), then each PML with its PPL and their SLS.
 */
@Service
public class SummaryWriter {

    private final AssignmentRows rows;
    private final PlanStore plans;
    private final Officers officers;
    private final AssignmentSettings settings;

    public SummaryWriter(AssignmentRows rows, PlanStore plans, Officers officers, AssignmentSettings settings) {
        this.rows = rows;
        this.plans = plans;
        this.officers = officers;
        this.settings = settings;
    }

    public String summary(String district) {
        List<AssignmentRows.Row> all = rows.district(district);
        Map<String, List<AssignmentRows.Row>> byPpl = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> pplByPml = new LinkedHashMap<>();
        all.stream().sorted((a, b) -> key(a).compareTo(key(b))).forEach(r -> {
            String ppl = label(r.pplCode(), r.pplName(), r.pplStatus());
            byPpl.computeIfAbsent(ppl, k -> new ArrayList<>()).add(r);
            pplByPml.computeIfAbsent(label(r.pmlCode(), r.pmlName(), r.pmlStatus()), k -> new LinkedHashMap<>())
                    .merge(ppl, r.expected(), Integer::sum);
        });
        StringBuilder out = new StringBuilder();
        int target = settings.target();
        out.append(String.format(Locale.ROOT, "Kecamatan %s: %d SLS, %d KK perkiraan, target %d KK per PPL%n",
                district, all.size(), all.stream().mapToInt(AssignmentRows.Row::expected).sum(), target));
        out.append("PPL: ").append(plans.balance(district, "ppl_officer_id")).append('\n');
        out.append("PML: ").append(plans.balance(district, "pml_officer_id")).append('\n');
        List<String> warnings = warnings(district, all, byPpl, target);
        warnings.forEach(w -> out.append("PERINGATAN: ").append(w).append('\n'));
        for (Map.Entry<String, Map<String, Integer>> pml : pplByPml.entrySet()) {
            int families = pml.getValue().values().stream().mapToInt(Integer::intValue).sum();
            out.append(String.format(Locale.ROOT, "%nPML %s: %d PPL, %d KK%n", pml.getKey(), pml.getValue().size(),
                    families));
            for (String ppl : pml.getValue().keySet()) {
                List<AssignmentRows.Row> list = byPpl.get(ppl);
                int load = list.stream().mapToInt(AssignmentRows.Row::expected).sum();
                out.append(String.format(Locale.ROOT, "  PPL %s: %d KK (%+d%%)%n", ppl, load,
                        Math.round(100.0 * (load - target) / target)));
                list.stream().filter(r -> pml.getKey().equals(label(r.pmlCode(), r.pmlName(), r.pmlStatus())))
                        .forEach(r -> out.append(String.format(Locale.ROOT, "    %s %s: %d KK, prelist %d, selesai"
                                + " %d%n", r.slsCode(), r.slsName(), r.expected(), r.prelist(), r.finalFamilies())));
            }
        }
        return out.toString();
    }

    private List<String> warnings(String district, List<AssignmentRows.Row> all,
                                  Map<String, List<AssignmentRows.Row>> byPpl, int target) {
        List<String> warnings = new ArrayList<>();
        if (plans.overloaded(district)) {
            warnings.add("beban kecamatan melebihi kapasitas petugas (more work than officers): tambah PPL/PML");
        }
        int tolerance = settings.tolerancePercent();
        byPpl.forEach((ppl, list) -> {
            int load = list.stream().mapToInt(AssignmentRows.Row::expected).sum();
            if (Math.abs(load - target) * 100 > tolerance * target) {
                warnings.add(String.format(Locale.ROOT, "PPL %s %d KK, di luar target +-%d%%", ppl, load, tolerance));
            }
        });
        int flag = settings.prelistFlagPercent();
        all.stream().filter(r -> r.prelist() > 0 && Math.abs(r.prelist() - r.expected()) * 100 > flag * r.expected())
                .forEach(r -> warnings.add(String.format(Locale.ROOT, "SLS %s prelist %d KK vs perkiraan %d KK",
                        r.slsCode(), r.prelist(), r.expected())));
        List<String> reserves = new ArrayList<>();
        for (String role : List.of("PPL", "PML")) {
            officers.active(district, role).stream()
                    .filter(o -> all.stream().noneMatch(r -> Long.valueOf(o.id()).equals(r.pplId())
                            || Long.valueOf(o.id()).equals(r.pmlId())))
                    .forEach(o -> reserves.add(role + " " + o.code()));
        }
        if (!reserves.isEmpty()) {
            warnings.add("cadangan (reserve, no SLS): " + String.join(", ", reserves));
        }
        return warnings;
    }

    private static String key(AssignmentRows.Row r) {
        return (r.pmlCode() == null ? "~" : r.pmlCode()) + "|" + (r.pplCode() == null ? "~" : r.pplCode()) + "|"
                + r.slsCode();
    }

    private static String label(String code, String name, String status) {
        if (code == null) {
            return "(belum ada / none)";
        }
        return code + " " + name + ("DROPPED".equals(status) ? " [KELUAR/dropped]" : "");
    }
}
