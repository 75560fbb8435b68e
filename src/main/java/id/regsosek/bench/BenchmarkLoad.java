package id.regsosek.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * The two loads of the visit benchmark. Closed: a fixed number of clients send as fast as answers come back (the
 * throughput ceiling). Paced: requests are due at a fixed rate and handed to the clients; a latency is counted
 * from the moment the request was due, so time spent waiting for a free client counts too.
 */
final class BenchmarkLoad {

    private BenchmarkLoad() {
    }

    /** Runs work for every id from {@code clients} threads; returns each call's latency in nanoseconds. */
    static List<Long> closed(List<Long> ids, int clients, LongConsumer work) throws Exception {
        return run(ids, clients, 0, work);
    }

    static List<Long> paced(List<Long> ids, int clients, double perSecond, LongConsumer work) throws Exception {
        return run(ids, clients, perSecond, work);
    }

    private static List<Long> run(List<Long> ids, int clients, double perSecond, LongConsumer work)
            throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                long due = perSecond <= 0 ? System.nanoTime() : start + (long) (i * 1e9 / perSecond);
                while (System.nanoTime() < due) {
                    LockSupport.parkNanos(due - System.nanoTime());
                }
                futures.add(pool.submit(() -> {
                    long from = perSecond <= 0 ? System.nanoTime() : due;
                    work.accept(id);
                    latencies.add(System.nanoTime() - from);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return latencies;
    }

    /** The p-th percentile of nanosecond figures, in milliseconds. */
    static double percentileMs(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1,
                (int) Math.ceil(p / 100.0 * sorted.size()) - 1))) / 1e6;
    }
}
