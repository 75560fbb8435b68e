package id.regsosek.bench;

import id.regsosek.common.CliCommand;
import id.regsosek.common.HeapFigures;
import id.regsosek.dashboard.DashboardRefresher;
import id.regsosek.identity.Groups;
import id.regsosek.visit.VisitSettings;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code benchmark-regency} on a scratch database (the postgres profile): Kabupaten Bekasi at full size. Staffs every
 * SLS and fills it with prelist families ({@link RegencyFixture}), starts all visits with a bare-engine sample in
 * the same run ({@link RegencyStart}), times what people open with the real engine holding a million open tasks
 * ({@link PeopleTiming}), then ends the period ({@link RegencyCloseout}); prints each stage and the heap.
 */
@BenchmarkComponent
public class RegencyBenchmarkCommand implements CliCommand {

    private final RegencyFixture fixture;
    private final RegencyStart start;
    private final RegencyCloseout closeout;
    private final DashboardRefresher dashboard;
    private final JdbcTemplate jdbc;
    private final Environment environment;
    private final java.time.ZoneId zone;

    public RegencyBenchmarkCommand(RegencyFixture fixture, RegencyStart start, RegencyCloseout closeout,
                                   DashboardRefresher dashboard, JdbcTemplate jdbc, Environment environment,
                                   VisitSettings visits) {
        this.fixture = fixture;
        this.zone = visits.zone();
        this.start = start;
        this.closeout = closeout;
        this.dashboard = dashboard;
        this.jdbc = jdbc;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "benchmark-regency";
    }

    @Override
    public String usage() {
        return "benchmark-regency --scratch-database-ok [--sls=4206] [--families-per-sls=250] [--bare-every=40]"
                + " [--threads=2] [--rounds=40] [--closeout-minutes=180] [--people-only=TAG | --closeout-only [--bare-sample=N]]";
    }

    @Override
    public int run(ApplicationArguments args) throws Exception {
        if (!args.containsOption("scratch-database-ok")) {
            throw new IllegalArgumentException("it writes a whole regency's officers, families and visits and ends"
                    + " its period: run it on a scratch database and say so with --scratch-database-ok");
        }
        int slsCount = Integer.parseInt(CliCommand.optional(args, "sls", "4206"));
        int perSls = Integer.parseInt(CliCommand.optional(args, "families-per-sls", "250"));
        int bareEvery = Integer.parseInt(CliCommand.optional(args, "bare-every", "40"));
        int threads = Integer.parseInt(CliCommand.optional(args, "threads", "2"));
        int rounds = Integer.parseInt(CliCommand.optional(args, "rounds", "40"));
        int minutes = Integer.parseInt(CliCommand.optional(args, "closeout-minutes", "180"));
        TableScans scans = new TableScans(jdbc);
        if (args.containsOption("people-only")) {
            // Again on a database an earlier run left (its visits still open): what people open, nothing else.
            people(CliCommand.required(args, "people-only"), rounds);
            scans.print("people's pages");
            return 0;
        }
        if (args.containsOption("closeout-only")) {
            // The period's end on a database an earlier run left open: the bare sample is the SLS without our rows.
            // --bare-sample=N closes only N of them the bare way, for the ratio; the others stay open.
            List<Long> bare = jdbc.queryForList("select distinct f.sls_id from family f where f.regency_code = ? and"
                    + " not exists (select 1 from family_visit v where v.family_id = f.id) order by f.sls_id",
                    Long.class, DemoFrame.REGENCY);
            int sample = Integer.parseInt(CliCommand.optional(args, "bare-sample", String.valueOf(bare.size())));
            return closeout(bare.subList(0, Math.min(sample, bare.size())), minutes, scans);
        }
        String tag = "r" + System.currentTimeMillis() % 100000000L;

        long t0 = System.nanoTime();
        List<RegencyFixture.Sls> sls = fixture.prepare(tag, slsCount, perSls);
        fixture.login(tag + "-staff", Groups.RECRUITMENT_STAFF);
        fixture.login(tag + "-manager", Groups.MANAGER);
        System.out.printf("setup   : %,d SLS, %,d prelist families, %,d officers in %.0f s%n", sls.size(),
                (long) sls.size() * perSls, count("officer where user_id like '" + tag + "-%'"), secs(t0));

        RegencyStart.Figures s = start.run(sls, bareEvery, threads);
        System.out.printf("start   : ours %,d visits at %.0f /s per worker, bare engine %,d at %.0f /s per worker,"
                + " ratio %.2f; %d workers, %,d started in %.0f s (%.0f /s)%n", s.ours(), s.oursRate(), s.bare(),
                s.bareRate(), s.oursRate() / s.bareRate(), threads, s.ours() + s.bare(), s.wallSeconds(),
                (s.ours() + s.bare()) / s.wallSeconds());
        scans.print("start");
        System.out.printf("engine  : %,d open tasks in act_ru_task, %,d executions, %,d variables%n",
                count("act_ru_task"), count("act_ru_execution"), count("act_ru_variable"));
        System.out.println(HeapFigures.line());
        System.out.printf("run tag : %s (benchmark-regency --people-only=%s times the pages again)%n", tag, tag);

        t0 = System.nanoTime();
        dashboard.refresh(DemoFrame.REGENCY);
        System.out.printf("dashboard: aggregates refreshed in %.1f s%n", secs(t0));
        people(tag, rounds);
        scans.print("people's pages");

        return closeout(s.bareSls(), minutes, scans);
    }

    private int closeout(List<Long> bareSls, int minutes, TableScans scans) throws InterruptedException {
        RegencyCloseout.Figures c = closeout.run(bareSls, Duration.ofMinutes(minutes));
        System.out.printf("closeout: ours %,d visits at %.0f /s (bare %.0f /s one by one, ratio %.2f); %,d open visits"
                + " and %d failed jobs left%n", c.ours(), c.oursRate(), c.bareRate(), c.oursRate() / c.bareRate(),
                c.open(), c.failed());
        scans.print("close-out");
        System.out.println(HeapFigures.line());
        return c.open() == 0 && c.failed() == 0 ? 0 : 1;
    }

    private void people(String tag, int rounds) {
        int port = environment.getRequiredProperty("local.server.port", Integer.class);
        String engine = environment.getProperty("camunda.bpm.process-engine-name", "default");
        PeopleTiming people = new PeopleTiming(port, engine, new BenchmarkHttp(port, engine, zone), rounds);
        List<String> ppl = officers(tag, "PPL");
        List<String> pml = officers(tag, "PML");
        people.tasklist("PPL", ppl);
        people.tasklist("PML", pml);
        people.tasklist("Koseka", officers(tag, "KOSEKA"));
        people.tasklist("recruitment staff", List.of(tag + "-staff"));
        people.fieldApp("PPL", ppl);
        people.fieldApp("PML", pml);
        people.dashboard(tag + "-manager");
        System.out.printf("people  : worst p95 %.1f ms (target < 100 ms)%n", people.worstP95());
    }

    /** Ten officers of the role spread over the regency (every tenth of the run's). */
    private List<String> officers(String tag, String role) {
        List<String> all = jdbc.queryForList("select user_id from officer where user_id like ? and role = ? order by"
                + " id", String.class, tag + "-%", role);
        int step = Math.max(1, all.size() / 10);
        return java.util.stream.IntStream.range(0, Math.min(10, all.size())).mapToObj(i -> all.get(i * step)).toList();
    }

    private long count(String from) {
        return jdbc.queryForObject("select count(*) from " + from, Long.class);
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
