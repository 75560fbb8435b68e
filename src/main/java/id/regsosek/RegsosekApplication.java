package id.regsosek;

import id.regsosek.common.CommandLineDispatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the web application, or, when the first argument names a command (import-area, import-sls, add-user),
 * runs that command against the same database without a web server or job executor, and exits with its code.
 */
@SpringBootApplication
public class RegsosekApplication {

    /**
     * What a command run does not need: the webapps, the job executor (unless it measures the job executor's work)
     * and, unless it measures HTTP, the REST API.
     */
    private static final String REST = "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration";
    private static final String WEBAPPS = "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration";
    private static final List<String> COMMAND_SETTINGS = List.of(
            "--camunda.bpm.process-engine-name=commandline",
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN",
            "--logging.level.id.regsosek=INFO",
            "--" + CommandLineDispatcher.COMMAND_LINE_PROPERTY + "=true");

    public static void main(String[] args) {
        if (CommandLineDispatcher.isCommand(args)) {
            System.exit(runCommand(args));
        }
        SpringApplication.run(RegsosekApplication.class, args);
    }

    /** Runs one command to its end and returns its exit code (0 done, 2 rejected input, 64 usage, 1 failure). */
    public static int runCommand(String... args) {
        SpringApplication app = new SpringApplication(RegsosekApplication.class);
        List<String> all = new ArrayList<>(Arrays.asList(args));
        if (CommandLineDispatcher.needsWebServer(args)) {
            // Our own API on a free local port, so the command can measure it over HTTP as a field app sees it.
            all.add("--server.port=0");
            all.add("--server.address=127.0.0.1");
            if (!CommandLineDispatcher.needsWebapps(args)) {
                all.add("--spring.autoconfigure.exclude=" + WEBAPPS);
            }
        } else {
            app.setWebApplicationType(WebApplicationType.NONE);
            all.add("--spring.autoconfigure.exclude=" + REST + "," + WEBAPPS);
        }
        all.add("--camunda.bpm.job-execution.enabled=" + CommandLineDispatcher.needsJobExecutor(args));
        all.addAll(COMMAND_SETTINGS);
        all.add("--" + CommandLineDispatcher.COMMAND_PROPERTY + "=" + (args.length > 0 ? args[0] : ""));
        return SpringApplication.exit(app.run(all.toArray(String[]::new)));
    }
}
