package id.regsosek.simulate;

import id.regsosek.common.CliCommand;
import java.util.List;
import org.springframework.boot.ApplicationArguments;

/**
 * What a simulation run is asked for: seed, regency, districts, time compression, the enumeration period's length,
 * the prelist size per SLS, the behaviour rates (shares of families, each drawn per family from the seed), and the
 * size of the bare engine's sample ({@link BareSample}; 0: none).
 */
record SimulationOptions(long seed, String regency, List<String> districts, double compression, int periodDays,
                         int familiesPerSls, Rates rates, int clients, String areaDir, String slsFile,
                         boolean recruitment, int bareSample) {

    /**
     * Shares of families: 0..1 each; {@code dropout} is the share of each district's PPL who leave mid-period (at
     * least one stays), {@code forumCorrection} the share of a village's ranked families its forum corrects,
     * {@code traineeAbsent} the share of each district's selected PPL absent on a training day (at least one).
     */
    record Rates(double notHomeFirst, double incomplete, double refusal, double moved, double newFamily,
                 double pmlReturn, double hardToReach, double convinced, double dropout, double forumCorrection,
                 double traineeAbsent) {
    }

    static final String USAGE = "simulate --scratch-database-ok --regency=32.16 [--seed=1] [--districts=all|CODE,CODE]"
            + " [--compression=0] [--period-days=10] [--families-per-sls=0 (= each SLS's expected families)]"
            + " [--clients=4] [--rate-not-home=0.25] [--rate-incomplete=0.08] [--rate-refusal=0.05]"
            + " [--rate-moved=0.04] [--rate-new-family=0.03] [--rate-return=0.06] [--rate-hard-to-reach=0.04]"
            + " [--rate-convinced=0.5] [--rate-dropout=0.02] [--rate-forum-correction=0.02] [--rate-trainee-absent=0.03]"
            + " [--recruitment=true|false] [--bare-sample=2000 (visits; 0: none)]"
            + " [--area-dir=DIR --sls-file=FILE (imported first)]";

    static SimulationOptions of(ApplicationArguments args) {
        String districts = CliCommand.optional(args, "districts", "all");
        Rates rates = new Rates(rate(args, "rate-not-home", 0.25), rate(args, "rate-incomplete", 0.08),
                rate(args, "rate-refusal", 0.05), rate(args, "rate-moved", 0.04), rate(args, "rate-new-family", 0.03),
                rate(args, "rate-return", 0.06), rate(args, "rate-hard-to-reach", 0.04),
                rate(args, "rate-convinced", 0.5), rate(args, "rate-dropout", 0.02),
                rate(args, "rate-forum-correction", 0.02), rate(args, "rate-trainee-absent", 0.03));
        int periodDays = Integer.parseInt(CliCommand.optional(args, "period-days", "10"));
        if (periodDays < 5 || periodDays > 60) {
            throw new IllegalArgumentException("--period-days must be 5..60");
        }
        int clients = Integer.parseInt(CliCommand.optional(args, "clients", "4"));
        if (clients < 1 || clients > 64) {
            throw new IllegalArgumentException("--clients must be 1..64");
        }
        double compression = Double.parseDouble(CliCommand.optional(args, "compression", "0"));
        if (compression < 0) {
            throw new IllegalArgumentException("--compression must be 0 (as fast as possible) or more");
        }
        int bareSample = Integer.parseInt(CliCommand.optional(args, "bare-sample", "2000"));
        if (bareSample < 0 || bareSample > 100_000) {
            throw new IllegalArgumentException("--bare-sample must be 0 (none) to 100000 visits");
        }
        return new SimulationOptions(Long.parseLong(CliCommand.optional(args, "seed", "1")),
                CliCommand.required(args, "regency"),
                "all".equals(districts) ? List.of() : List.of(districts.split(",")), compression, periodDays,
                Integer.parseInt(CliCommand.optional(args, "families-per-sls", "0")), rates, clients,
                CliCommand.optional(args, "area-dir", null), CliCommand.optional(args, "sls-file", null),
                recruitment(CliCommand.optional(args, "recruitment", "true")), bareSample);
    }

    private static boolean recruitment(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("--recruitment must be true (the run starts with the recruitment chain)"
                    + " or false (it starts from deployed officers)");
        }
        return Boolean.parseBoolean(value);
    }

    private static double rate(ApplicationArguments args, String name, double fallback) {
        double r = Double.parseDouble(CliCommand.optional(args, name, String.valueOf(fallback)));
        if (r < 0 || r > 1) {
            throw new IllegalArgumentException("--" + name + " must be 0..1");
        }
        return r;
    }
}
