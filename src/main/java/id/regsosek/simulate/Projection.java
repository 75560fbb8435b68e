package id.regsosek.simulate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

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
            lines.add(String.format(Locale.ROOT, "projected %-15s %9.0f s for the regency (%.1f min)", s.name,
                    seconds, seconds / 60));
        }
        lines.add(String.format(Locale.ROOT, "projected %-15s %9.0f s for the regency (%.1f h): %,d expected"
                + " families, %.1f times the %,d simulated", "total", total, total / 3600, regencyExpected, factor,
                simulatedExpected));
        return lines;
    }

    /**
     * What the operation really asks of the system, beside what the run did: the regency's families spread over a
     * month (about 0.4 a second for Bekasi's million) and a busiest hour of five times the average of 10-hour field
     * days (a few a second); the headroom is for catch-up and for one cluster serving a province.
     */
    static String need(long regencyExpected, Stage fieldwork) {
        double average = regencyExpected / (30 * 86_400.0);
        double peak = 5 * regencyExpected / (30 * 10 * 3_600.0);
        double done = fieldwork == null || fieldwork.seconds() <= 0 ? 0 : fieldwork.items() / fieldwork.seconds();
        return String.format(Locale.ROOT, "need    : %,d families in a 30-day month are %.3f families/s on"
                + " average, %.2f /s in a busiest hour (5x the average of 10-hour field days); this run's fieldwork"
                + " %.1f /s, %.0fx that peak", regencyExpected, average, peak, done, peak > 0 ? done / peak : 0);
    }
}
