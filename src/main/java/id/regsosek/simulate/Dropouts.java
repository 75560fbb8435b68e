package id.regsosek.simulate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * PPL who leave in the middle of the period, as the office lives it: the regency admin reports each one
 * ({@code POST /api/assignment/officers/{code}/dropout}), the district's assignment proposes the reassignment (a
 * reserve PPL, else the least-loaded PPL under the same PML), the Koseka approves it in Tasklist, and the move of the
 * open tasks runs as a job. From then on the departed PPL works no more; whoever took its SLS finds the families in
 * its own list. Who leaves is drawn from the seed and the district, never from the order of the run.
 */
final class Dropouts {

    static final String REASON = "Mengundurkan diri di tengah pendataan (simulasi)";

    private Dropouts() {
    }

    /** The district's PPL who leave: the rate's share of them (rounded), but never all. */
    static List<String> pick(long seed, String district, List<String> ppl, double rate) {
        int n = (int) Math.min(ppl.size() - 1L, Math.round(rate * ppl.size()));
        if (n <= 0) {
            return List.of();
        }
        List<String> order = new ArrayList<>(ppl);
        Collections.sort(order);
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + district.hashCode());
        for (int i = 0; i < n; i++) {
            Collections.swap(order, i, i + random.nextInt(order.size() - i));
        }
        return List.copyOf(order.subList(0, n));
    }

    /** Reports each officer's dropout as the admin; returns the officers reported. */
    static List<String> report(SimHttp http, String admin, List<String> users, Map<String, String> codes) {
        for (String user : users) {
            // A recruited officer's code is the one deployment gave; a set-up one's is its login in capitals.
            http.post(admin, "/api/assignment/officers/" + codes.getOrDefault(user, user.toUpperCase()) + "/dropout",
                    Map.of("reason", REASON));
        }
        return users;
    }
}
