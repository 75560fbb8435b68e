package id.regsosek.bench;

import id.regsosek.identity.TenantFromRegency;
import id.regsosek.visit.VisitProcess;
import id.regsosek.visit.VisitSettings;
import id.regsosek.visit.VisitStarter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The regency benchmark's start: every SLS's visits, one SLS per call, by {@code threads} workers. Every
 * {@code bareEvery}-th SLS is started straight on the engine instead ({@code startProcessInstanceByKey} with the same
 * variables, same chunk size), so the bare engine's sample is spread over the whole run and meets the same table
 * sizes and the same concurrency; the ratio compares the time per started instance of each.
 */
@BenchmarkComponent
class RegencyStart {

    record Figures(long ours, double oursRate, long bare, double bareRate, double wallSeconds, List<Long> bareSls) {
    }

    private final VisitStarter starter;
    private final RuntimeService runtime;
    private final VisitSettings settings;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    RegencyStart(VisitStarter starter, RuntimeService runtime, VisitSettings settings, JdbcTemplate jdbc,
                 TransactionTemplate tx) {
        this.starter = starter;
        this.runtime = runtime;
        this.settings = settings;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    Figures run(List<RegencyFixture.Sls> all, int bareEvery, int threads) throws Exception {
        AtomicLong[] count = {new AtomicLong(), new AtomicLong()};
        AtomicLong[] nanos = {new AtomicLong(), new AtomicLong()};
        AtomicInteger next = new AtomicInteger(1);
        List<Long> bareSls = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        long t0 = System.nanoTime();
        // The first SLS alone: it starts the regency's enumeration period, once.
        startOne(all.get(0), 0, bareEvery, count, nanos, bareSls);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new java.util.ArrayList<>();
        int step = Math.max(1, all.size() / 20);
        for (int w = 0; w < threads; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < all.size(); i = next.getAndIncrement()) {
                    startOne(all.get(i), i, bareEvery, count, nanos, bareSls);
                    if (i % step == 0) {
                        System.out.printf("start   : %d of %d SLS, %,d visits, %.0f s%n", i, all.size(),
                                count[0].get() + count[1].get(), (System.nanoTime() - t0) / 1e9);
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        return new Figures(count[0].get(), count[0].get() / (nanos[0].get() / 1e9), count[1].get(),
                count[1].get() / Math.max(1e-9, nanos[1].get() / 1e9), (System.nanoTime() - t0) / 1e9,
                List.copyOf(bareSls));
    }

    private void startOne(RegencyFixture.Sls sls, int i, int bareEvery, AtomicLong[] count, AtomicLong[] nanos,
                          List<Long> bareSls) {
        boolean bare = bareEvery > 0 && i % bareEvery == bareEvery / 2;
        if (bare) {
            bareSls.add(sls.id());
        }
        long t = System.nanoTime();
        int n = bare ? bareStart(sls) : starter.startVisitsForSls(sls.id());
        nanos[bare ? 1 : 0].addAndGet(System.nanoTime() - t);
        count[bare ? 1 : 0].addAndGet(n);
    }

    /** The same instances as our starter makes, without our rows, plan or checks: what the engine alone costs. */
    private int bareStart(RegencyFixture.Sls sls) {
        List<Long> families = jdbc.queryForList("select id from family where sls_id = ? order by id", Long.class,
                sls.id());
        String pml = jdbc.queryForObject("select o.user_id from sls_assignment a join officer o on o.id ="
                + " a.pml_officer_id where a.sls_id = ?", String.class, sls.id());
        int chunk = settings.startChunk();
        for (int from = 0; from < families.size(); from += chunk) {
            List<Long> part = families.subList(from, Math.min(from + chunk, families.size()));
            tx.executeWithoutResult(s -> part.forEach(f -> runtime.startProcessInstanceByKey(VisitProcess.KEY,
                    String.valueOf(f), variables(f, sls, pml))));
        }
        return families.size();
    }

    private Map<String, Object> variables(long family, RegencyFixture.Sls sls, String pml) {
        Map<String, Object> v = new HashMap<>();
        v.put(TenantFromRegency.REGENCY_VARIABLE, DemoFrame.REGENCY);
        v.put(VisitProcess.FAMILY_ID, family);
        v.put(VisitProcess.SLS_ID, sls.id());
        v.put(VisitProcess.PPL_USER, sls.ppl());
        v.put(VisitProcess.PML_USER, pml);
        v.put(VisitProcess.MAX_ATTEMPT_DAYS, settings.maxAttemptDays());
        return v;
    }
}
