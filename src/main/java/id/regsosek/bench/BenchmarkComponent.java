package id.regsosek.bench;

import id.regsosek.common.CommandLineDispatcher;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * A bean of the benchmark commands: made only when one of them runs (RegsosekApplication names the command in
 * {@code regsosek.command}), never in the web application nor in another command, so an office's server carries
 * no code that writes synthetic data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
@ConditionalOnExpression("'${" + CommandLineDispatcher.COMMAND_PROPERTY + ":}'.startsWith('benchmark-')")
public @interface BenchmarkComponent {
}
