package id.regsosek.assignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The balanced proposal, pure and deterministic (same input, same plan). SLS are taken in code order, so a
 * village's SLS sit side by side and neighbouring villages follow each other; the ordered list is cut into one
 * contiguous run per PPL by dynamic programming, minimising the squared distance of each PPL's expected families
 * from the mean plus a penalty for every cut inside a village (a village then has as few PPL as possible). An SLS
 * is never split. PPL runs are grouped, again contiguously, under PML (default 4 PPL each).
 * <p>
 * The number of PPL used is what the families need (total / target, rounded) but never more than are deployed;
 * spare PPL and PML are reserves, promoted on a dropout. A district with more work than its PPL can carry within
 * the tolerance is flagged as overloaded instead of silently loading everyone past the target.
 */
public final class ProposalAlgorithm {

    public record Unit(long slsId, String code, String villageCode, int expected) {
    }

    public record Settings(int targetFamilies, int pplPerPml, int tolerancePercent) {
    }

    public record Result(Map<Long, Long> pplOfSls, Map<Long, Long> pmlOfPpl, List<Long> reservePpl,
                         List<Long> reservePml, boolean overloaded) {
    }

    private ProposalAlgorithm() {
    }

    /** @param units SLS of one district; ppl, pml: active officer ids in a stable order (officer code) */
    public static Result propose(List<Unit> units, List<Long> ppl, List<Long> pml, Settings s) {
        if (ppl.isEmpty() || pml.isEmpty()) {
            throw new IllegalStateException("no PPL or no PML deployed: " + ppl.size() + " PPL, " + pml.size()
                    + " PML");
        }
        List<Unit> sorted = new ArrayList<>(units);
        sorted.sort((a, b) -> a.code().compareTo(b.code()));
        long total = sorted.stream().mapToLong(Unit::expected).sum();
        int needed = (int) Math.max(1, Math.round((double) total / s.targetFamilies()));
        int k = Math.max(1, Math.min(Math.min(needed, ppl.size()), sorted.size()));
        int[] cuts = cut(sorted, k, (double) total / k);
        List<List<Integer>> runs = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            List<Integer> run = new ArrayList<>();
            for (int i = cuts[g]; i < cuts[g + 1]; i++) {
                run.add(i);
            }
            runs.add(run);
        }
        RunMerger.mergeSmallRuns(runs, sorted, s);
        int used = runs.size();
        Map<Long, Long> pplOfSls = new LinkedHashMap<>();
        List<Unit> runUnits = new ArrayList<>();
        for (int g = 0; g < used; g++) {
            int load = 0;
            for (int i : runs.get(g)) {
                pplOfSls.put(sorted.get(i).slsId(), ppl.get(g));
                load += sorted.get(i).expected();
            }
            String village = runs.get(g).isEmpty() ? "" : sorted.get(runs.get(g).get(0)).villageCode();
            runUnits.add(new Unit(g, village, village, load));
        }
        int groups = Math.min(pml.size(), (used + s.pplPerPml() - 1) / s.pplPerPml());
        // The PPL runs, in order, cut again into PML groups balanced by families (neighbours stay together).
        int[] groupCuts = cut(runUnits, groups, (double) total / groups);
        Map<Long, Long> pmlOfPpl = new LinkedHashMap<>();
        for (int g = 0; g < groups; g++) {
            for (int i = groupCuts[g]; i < groupCuts[g + 1]; i++) {
                pmlOfPpl.put(ppl.get(i), pml.get(g));
            }
        }
        double limit = s.targetFamilies() * (1 + s.tolerancePercent() / 100.0);
        boolean overloaded = (double) total / k > limit || (double) k / groups > s.pplPerPml() * 1.5;
        return new Result(pplOfSls, pmlOfPpl, List.copyOf(ppl.subList(used, ppl.size())),
                List.copyOf(pml.subList(groups, pml.size())), overloaded);
    }

    /** @return k+1 cut positions 0 = c0 < c1 < ... < ck = n into the ordered SLS */
    static int[] cut(List<Unit> units, int k, double mean) {
        int n = units.size();
        if (n <= k) {
            return evenCuts(n, k);
        }
        long[] prefix = new long[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + units.get(i).expected();
        }
        double splitPenalty = Math.pow(0.25 * mean, 2);
        double maxRun = 3 * mean;
        double[][] best = new double[k + 1][n + 1];
        int[][] from = new int[k + 1][n + 1];
        for (double[] row : best) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int g = 1; g <= k; g++) {
            // Each of the remaining k-g runs needs at least one SLS.
            for (int j = g; j <= n - (k - g); j++) {
                double penalty = j < n && units.get(j).villageCode().equals(units.get(j - 1).villageCode())
                        ? splitPenalty : 0;
                for (int i = j - 1; i >= g - 1; i--) {
                    long load = prefix[j] - prefix[i];
                    if (i < j - 1 && load > maxRun) {
                        break;
                    }
                    if (best[g - 1][i] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double cost = best[g - 1][i] + (load - mean) * (load - mean) + penalty;
                    if (cost < best[g][j]) {
                        best[g][j] = cost;
                        from[g][j] = i;
                    }
                }
            }
        }
        if (best[k][n] == Double.POSITIVE_INFINITY) {
            return evenCuts(n, k);
        }
        int[] cuts = new int[k + 1];
        cuts[k] = n;
        for (int g = k; g > 0; g--) {
            cuts[g - 1] = from[g][cuts[g]];
        }
        return cuts;
    }

    /** Fallback when the run-length cap leaves no solution (a few huge SLS among tiny ones): equal counts. */
    private static int[] evenCuts(int n, int k) {
        int[] cuts = new int[k + 1];
        for (int g = 0; g <= k; g++) {
            cuts[g] = (int) ((long) g * n / k);
        }
        return cuts;
    }
}
