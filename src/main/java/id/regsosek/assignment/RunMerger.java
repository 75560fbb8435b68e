package id.regsosek.assignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * After the contiguous cut, a PPL run far below the target (a small SLS squeezed between large ones) is merged
 * with a nearby run (at most {@link #REACH} runs away, same or neighbouring village) when the two together stay
 * within the tolerance; the PPL freed becomes a reserve. Deterministic: smallest run first, ties by position.
 */
final class RunMerger {

    static final int REACH = 3;

    private RunMerger() {
    }

    /** @param runs indices into {@code sorted} per PPL, in code order; changed in place */
    static void mergeSmallRuns(List<List<Integer>> runs, List<ProposalAlgorithm.Unit> sorted,
                               ProposalAlgorithm.Settings s) {
        double low = s.targetFamilies() * (1 - s.tolerancePercent() / 100.0);
        double high = s.targetFamilies() * (1 + s.tolerancePercent() / 100.0);
        Map<String, Integer> villageRank = new HashMap<>();
        for (ProposalAlgorithm.Unit u : sorted) {
            villageRank.putIfAbsent(u.villageCode(), villageRank.size());
        }
        boolean merged = true;
        while (merged) {
            merged = false;
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> load(runs.get(a), sorted) != load(runs.get(b), sorted)
                    ? Integer.compare(load(runs.get(a), sorted), load(runs.get(b), sorted)) : Integer.compare(a, b));
            for (int a : order) {
                int loadA = load(runs.get(a), sorted);
                if (loadA >= low) {
                    break;
                }
                int partner = -1;
                double best = Double.MAX_VALUE;
                for (int b = Math.max(0, a - REACH); b <= Math.min(runs.size() - 1, a + REACH); b++) {
                    int sum = loadA + load(runs.get(b), sorted);
                    if (b == a || sum > high || !near(runs.get(a), runs.get(b), sorted, villageRank)) {
                        continue;
                    }
                    double diff = Math.abs(sum - s.targetFamilies());
                    if (diff < best) {
                        best = diff;
                        partner = b;
                    }
                }
                if (partner >= 0) {
                    int keep = Math.min(a, partner);
                    int drop = Math.max(a, partner);
                    runs.get(keep).addAll(runs.get(drop));
                    Collections.sort(runs.get(keep));
                    runs.remove(drop);
                    merged = true;
                    break;
                }
            }
        }
    }

    private static int load(List<Integer> run, List<ProposalAlgorithm.Unit> sorted) {
        int sum = 0;
        for (int i : run) {
            sum += sorted.get(i).expected();
        }
        return sum;
    }

    /** Same or neighbouring village: the runs' village ranks (in code order) are at most one apart. */
    private static boolean near(List<Integer> a, List<Integer> b, List<ProposalAlgorithm.Unit> sorted,
                                Map<String, Integer> rank) {
        int aMin = rank.get(sorted.get(a.get(0)).villageCode());
        int aMax = rank.get(sorted.get(a.get(a.size() - 1)).villageCode());
        int bMin = rank.get(sorted.get(b.get(0)).villageCode());
        int bMax = rank.get(sorted.get(b.get(b.size() - 1)).villageCode());
        return bMin - aMax <= 1 && aMin - bMax <= 1;
    }
}
