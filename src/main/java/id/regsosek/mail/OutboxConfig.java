package id.regsosek.mail;

import id.regsosek.common.CommandLineDispatcher;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox sender and, in the web application, its background worker ({@code regsosek.mail.outbox.*}). */
@Configuration
@EnableConfigurationProperties({OutboxSettings.class, MailProperties.class})
class OutboxConfig {

    @Bean(destroyMethod = "close")
    SmtpTransport smtpTransport(MailProperties mail, @Value("${regsosek.mail-from}") String from,
                                OutboxSettings settings) {
        return new SmtpTransport(mail, from, settings.sendDeadline());
    }

    @Bean
    OutboxSender outboxSender(MailOutbox outbox, SmtpTransport smtp, OutboxSettings settings) {
        return new OutboxSender(outbox, smtp, settings, Clock.systemUTC());
    }

    /** Not in a command-line run (imports, benchmarks): those exit when done and leave mail to the application. */
    @Bean(initMethod = "start", destroyMethod = "stop")
    @ConditionalOnWebApplication
    @ConditionalOnProperty(name = "regsosek.mail.outbox.worker", havingValue = "true")
    OutboxWorker outboxWorker(OutboxSender sender, OutboxSettings settings,
                              @Value("${" + CommandLineDispatcher.COMMAND_LINE_PROPERTY + ":false}") boolean commandLine) {
        return new OutboxWorker(sender, settings, !commandLine);
    }
}
