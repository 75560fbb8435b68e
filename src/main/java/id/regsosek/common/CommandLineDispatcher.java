package id.regsosek.common;

import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Runs the command named by the first argument, after the engine and the identity bootstrap are up. */
@Component
@Order(10)
@ConditionalOnProperty(CommandLineDispatcher.COMMAND_LINE_PROPERTY)
public class CommandLineDispatcher implements ApplicationRunner, ExitCodeGenerator {

    /** Set by RegsosekApplication for a command run; the web application never has it. */
    public static final String COMMAND_LINE_PROPERTY = "regsosek.command-line";

    /** The command a command run runs (its first argument): what command-only beans (the benchmarks) wait for. */
    public static final String COMMAND_PROPERTY = "regsosek.command";

    /** Known before the context starts, to run without a web server: every CliCommand's name. */
    static final Set<String> COMMANDS = Set.of("import-area", "import-sls", "add-user", "benchmark-dashboard",
            "verify-handover", "benchmark-visits", "import-candidates", "benchmark-deployment", "simulate",
            "benchmark-closeout", "benchmark-regency");

    private final List<CliCommand> commands;
    private int exitCode;

    public CommandLineDispatcher(List<CliCommand> commands) {
        this.commands = commands;
    }

    /** Commands that measure or drive our HTTP API and so run with the web server (on a free local port). */
    static final Set<String> WEB_COMMANDS = Set.of("benchmark-visits", "simulate", "benchmark-regency");

    /** Commands that measure work the job executor does, and so run with it (the period's parallel close-out). */
    static final Set<String> JOB_EXECUTOR_COMMANDS = Set.of("benchmark-closeout", "benchmark-regency");

    /** Commands that time Tasklist's own requests, and so run with the webapps (behind our login, as always). */
    static final Set<String> WEBAPP_COMMANDS = Set.of("benchmark-regency");

    public static boolean needsWebapps(String[] args) {
        return args.length > 0 && WEBAPP_COMMANDS.contains(args[0]);
    }

    public static boolean needsJobExecutor(String[] args) {
        return args.length > 0 && JOB_EXECUTOR_COMMANDS.contains(args[0]);
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static boolean needsWebServer(String[] args) {
        return args.length > 0 && WEB_COMMANDS.contains(args[0]);
    }

    @Override
    public void run(ApplicationArguments args) {
        String name = args.getNonOptionArgs().isEmpty() ? "" : args.getNonOptionArgs().get(0);
        CliCommand command = commands.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (command == null) {
            System.err.println("unknown command '" + name + "'; commands:");
            commands.forEach(c -> System.err.println("  " + c.usage()));
            exitCode = 64;
            return;
        }
        try {
            exitCode = command.run(args);
        } catch (IllegalArgumentException e) {
            System.err.println(name + ": " + e.getMessage() + "\nusage: " + command.usage());
            exitCode = 64;
        } catch (Exception e) {
            System.err.println(name + " failed: " + e);
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
