package id.regsosek.common;

import org.springframework.boot.ApplicationArguments;

/** A command run from the command line (java -jar ... NAME --option=value). Returns the process exit code. */
public interface CliCommand {

    String name();

    String usage();

    int run(ApplicationArguments args) throws Exception;

    /** The value of a required --option, or an IllegalArgumentException naming it. */
    static String required(ApplicationArguments args, String option) {
        var values = args.getOptionValues(option);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            throw new IllegalArgumentException("missing --" + option + "=...");
        }
        return values.get(0);
    }

    static String optional(ApplicationArguments args, String option, String fallback) {
        var values = args.getOptionValues(option);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }
}
