package id.regsosek.simulate;

import id.regsosek.common.CliCommand;
import id.regsosek.visit.VisitSettings;
import java.time.ZoneId;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code simulate --scratch-database-ok --regency=R [--seed=S] [--districts=all|...] [--compression=C] ...}: the
 * operation of a regency, from deployed officers to the published ranking, driven through the application's own
 * interfaces as its people would use them (see {@link SimulationOptions#USAGE} and the README), on simulated
 * time ({@link SimClock}); then an accounting of its own ({@link Accounting}). Prints per stage the items, time,
 * throughput and the p50/p95/p99 of the people's actions, the visit start's and the close-out's ratio to the bare
 * engine in the same run ({@link BareSample}), the figures, and a fingerprint of the figures that the same seed must
 * give again. Exit code 0 when the accounting finds no discrepancy.
 */
@Component
public class SimulateCommand implements CliCommand {

    private final SimulationSetup setup;
    private final Accounting accounting;
    private final BareSample bareSample;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final Environment environment;
    private final ZoneId zone;

    public SimulateCommand(SimulationSetup setup, Accounting accounting, BareSample bareSample,
                           ManagementService management, RuntimeService runtime, JdbcTemplate jdbc,
                           Environment environment, VisitSettings visits) {
        this.setup = setup;
        this.accounting = accounting;
        this.bareSample = bareSample;
        this.management = management;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.environment = environment;
        this.zone = visits.zone();
    }

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String usage() {
        return SimulationOptions.USAGE;
    }

    @Override
    public int run(ApplicationArguments args) throws Exception {
        if (!args.containsOption("scratch-database-ok")) {
            throw new IllegalArgumentException("it writes officers, families and a whole operation: run it on a"
                    + " scratch database and say so with --scratch-database-ok");
        }
        SimulationOptions o = SimulationOptions.of(args);
        SimulationRun run = new SimulationRun(o, setup, accounting, bareSample, management, runtime, jdbc, environment,
                zone);
        return run.runToEnd();
    }
}
