package id.regsosek.assignment;

import java.util.Collection;
import java.util.Locale;

/** Expected families per officer of one role: the figures the Koseka and the README report. */
public record Balance(int officers, int max, int min, double mean) {

    public static Balance of(Collection<Integer> loads) {
        if (loads.isEmpty()) {
            return new Balance(0, 0, 0, 0);
        }
        int max = loads.stream().mapToInt(Integer::intValue).max().orElse(0);
        int min = loads.stream().mapToInt(Integer::intValue).min().orElse(0);
        double mean = loads.stream().mapToInt(Integer::intValue).average().orElse(0);
        return new Balance(loads.size(), max, min, mean);
    }

    /** max / min; 0 when an officer has no families at all. */
    public double ratio() {
        return min == 0 ? 0 : (double) max / min;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d petugas, maks %d, min %d, rata-rata %.1f KK, maks/min %.2f", officers,
                max, min, mean, ratio());
    }
}
