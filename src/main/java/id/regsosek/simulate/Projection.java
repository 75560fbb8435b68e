package id.regsosek.simulate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The whole regency projected from a run of some of its districts: each stage's wall time scaled by the regency's
 * expected families over the simulated districts' (the office's own work, per family, the same everywhere). A
 * linear projection: it does not see tables growing with the regency, which the regency benchmark measures at full
 * size for the start and the period's end (README "Regency benchmark").
 */
final class Projection {

    private Projection() {
    }

    static List<String> lines(Collection<Stage> stages, long simulatedExpected, long regencyExpected) {
        List<String> lines = new ArrayList<>();
        if (simulatedExpected <= 0 || regencyExpected <= simulatedExpected) {
            return lines;
        }
        double factor = (double) regencyExpected / simulatedExpected;
        double total = 0;
        for (Stage s : stages) {
            if (s.name.equals("accounting") || s.name.equals("setup")) {
                continue;
            }
            double seconds = s.seconds() * factor;
            total += seconds;
            lines.add(String.format(java.util.Locale.ROOT, "projected %-15s %9.0f s for the regency (%.1f min)", s.name, seconds,
                    seconds / 60));
        }
        lines.add(String.format(java.util.Locale.ROOT, "projected %-15s %9.0f s for the regency (%.1f h): %,d expected families, %.1f times"
                + " the %,d simulated", "total", total, total / 3600, regencyExpected, factor, simulatedExpected));
        return lines;
    }
}
