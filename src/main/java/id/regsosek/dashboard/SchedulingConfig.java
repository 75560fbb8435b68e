package id.regsosek.dashboard;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled refreshes run in the web application only, not in a command-line run. */
@Configuration
@EnableScheduling
@ConditionalOnWebApplication
class SchedulingConfig {
}
