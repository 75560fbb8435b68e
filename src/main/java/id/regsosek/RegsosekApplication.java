package id.regsosek;

import id.regsosek.common.CommandLineDispatcher;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the web application, or, when the first argument names a command (import-area, import-sls, add-user),
 * runs that command against the same database without a web server or job executor, and exits with its code.
 */
@SpringBootApplication
public class RegsosekApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(RegsosekApplication.class);
        if (CommandLineDispatcher.isCommand(args)) {
            app.setWebApplicationType(WebApplicationType.NONE);
            String[] all = Arrays.copyOf(args, args.length + 1);
            all[args.length] = "--camunda.bpm.job-execution.enabled=false";
            System.exit(SpringApplication.exit(app.run(all)));
        }
        app.run(args);
    }
}
