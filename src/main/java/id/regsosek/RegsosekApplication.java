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

    /** What a command run does not need: the REST API, the webapps, the job executor. */
    private static final List<String> COMMAND_SETTINGS = List.of(
            "--spring.autoconfigure.exclude="
                    + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                    + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
            "--camunda.bpm.job-execution.enabled=false",
            "--camunda.bpm.process-engine-name=commandline",
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN",
            "--logging.level.id.regsosek=INFO");

    public static void main(String[] args) {
        if (CommandLineDispatcher.isCommand(args)) {
            System.exit(runCommand(args));
        }
        SpringApplication.run(RegsosekApplication.class, args);
    }

    /** Runs one command to its end and returns its exit code (0 done, 2 rejected input, 64 usage, 1 failure). */
    public static int runCommand(String... args) {
        SpringApplication app = new SpringApplication(RegsosekApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(COMMAND_SETTINGS);
        return SpringApplication.exit(app.run(all.toArray(String[]::new)));
    }
}
