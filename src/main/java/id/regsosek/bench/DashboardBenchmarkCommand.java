package id.regsosek.bench;

import id.regsosek.common.CliCommand;
import id.regsosek.dashboard.DashboardQueries;
import id.regsosek.dashboard.DashboardRefresher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * benchmark-dashboard: fills a SCRATCH database's demo regency with N synthetic families (default one million,
 * ~85% final), then prints how long a refresh of the aggregates takes and the p50/p95 of each dashboard read,
 * next to the naive alternative measured in the same run: aggregating the family table on every request.
 */
@BenchmarkComponent
public class DashboardBenchmarkCommand implements CliCommand {

    private final JdbcTemplate jdbc;
    private final DashboardRefresher refresher;
    private final DashboardQueries queries;
    private final BenchmarkFamilies families;

    public DashboardBenchmarkCommand(JdbcTemplate jdbc, DashboardRefresher refresher, DashboardQueries queries,
                                     BenchmarkFamilies families) {
        this.jdbc = jdbc;
        this.refresher = refresher;
        this.queries = queries;
        this.families = families;
    }

    @Override
    public String name() {
        return "benchmark-dashboard";
    }

    @Override
    public String usage() {
        return "benchmark-dashboard --scratch-database-ok --regency=32.16 [--families=1000000] [--rounds=50]";
    }

    @Override
    public int run(ApplicationArguments args) {
        if (!args.containsOption("scratch-database-ok")) {
            throw new IllegalArgumentException("it writes synthetic families: run it on a scratch database and say"
                    + " so with --scratch-database-ok");
        }
        String regency = CliCommand.required(args, "regency");
        int n = Integer.parseInt(CliCommand.optional(args, "families", "1000000"));
        int rounds = Integer.parseInt(CliCommand.optional(args, "rounds", "50"));
        long loadMs = families.load(regency, n);
        System.out.printf("database %s, regency %s: %,d families loaded in %,d ms%n", databaseName(), regency, n,
                loadMs);

        long[] refresh = time(3, () -> {
            refresher.refresh(regency);
            return null;
        });
        System.out.printf("refresh of all aggregates: median %d ms (3 runs)%n", refresh[refresh.length / 2] / 1000);
        String district = queries.areas(regency, null).get(0).code();
        report("summary", time(rounds, () -> queries.summary(regency)));
        report("districts", time(rounds, () -> queries.areas(regency, null)));
        report("villages of " + district, time(rounds, () -> queries.areas(regency, district)));
        report("steps", time(rounds, () -> queries.steps(regency)));
        report("officers", time(rounds, () -> queries.officers(regency, 100)));
        long[] page = time(rounds, () -> {
            queries.summary(regency);
            queries.areas(regency, null);
            queries.steps(regency);
            queries.officers(regency, 100);
            return queries.problems(regency, false);
        });
        report("whole page (5 reads)", page);
        long[] naive = time(Math.max(3, rounds / 10), () -> jdbc.queryForList("select s.district_code, count(f.id),"
                + " sum(case when f.final_at is not null then 1 else 0 end) from sls s left join family f on"
                + " f.sls_id = s.id where s.regency_code = ? group by s.district_code", regency));
        report("naive district progress from the family table", naive);
        System.out.printf("ratio: whole page p95 / naive district query p50 = %.3f%n",
                (double) p(page, 95) / Math.max(1, p(naive, 50)));
        return 0;
    }

    private String databaseName() {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    }

    private static void report(String what, long[] sortedMicros) {
        System.out.printf("%-48s p50 %8.2f ms   p95 %8.2f ms%n", what, p(sortedMicros, 50) / 1000.0,
                p(sortedMicros, 95) / 1000.0);
    }

    private static long p(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    /** Runs the work `rounds` times and returns the durations in microseconds, sorted. */
    private static long[] time(int rounds, Supplier<?> work) {
        List<Long> micros = new ArrayList<>();
        work.get();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.get();
            micros.add((System.nanoTime() - start) / 1000);
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }
}
