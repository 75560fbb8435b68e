package id.regsosek.simulate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One stage of a simulation: how many items it carried (families, SLS, districts...), its wall-clock time, and the
 * latency of every action a person took in it (one HTTP request each), for p50/p95/p99.
 */
final class Stage {

    final String name;
    final String unit;
    private long items;
    private long started;
    private long nanos;
    private final List<Long> actions = Collections.synchronizedList(new ArrayList<>());

    Stage(String name, String unit) {
        this.name = name;
        this.unit = unit;
    }

    void start() {
        started = System.nanoTime();
    }

    /** Ends this part of the stage and prints where it stands (a long run that fails later keeps its figures). */
    void stop() {
        nanos += System.nanoTime() - started;
        System.out.println("ended " + line());
    }

    void items(long n) {
        items += n;
    }

    void action(long latencyNanos) {
        actions.add(latencyNanos);
    }

    long items() {
        return items;
    }

    int actions() {
        return actions.size();
    }

    double seconds() {
        return nanos / 1e9;
    }

    /** The p-th percentile of the actions' latencies in milliseconds (0 when the stage had no action). */
    double percentileMs(int p) {
        List<Long> sorted;
        synchronized (actions) {
            sorted = new ArrayList<>(actions);
        }
        if (sorted.isEmpty()) {
            return 0;
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    String line() {
        double s = Math.max(seconds(), 1e-9);
        return String.format("stage %-11s %7d %-9s %8.1f s %9.1f %s/s  %6d actions  p50 %6.1f ms  p95 %6.1f ms"
                + "  p99 %6.1f ms", name, items, unit, seconds(), items / s, unit, actions(), percentileMs(50),
                percentileMs(95), percentileMs(99));
    }
}
