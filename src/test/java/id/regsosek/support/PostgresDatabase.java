package id.regsosek.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A fresh database for the integration suite on the local PostgreSQL: dropped and created once per JVM, so each
 * run starts from empty engine and domain tables. Server and admin user come from IT_DB_HOST / IT_DB_USER.
 */
public class PostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String HOST = env("IT_DB_HOST", "127.0.0.1:5432");
    static final String USER = env("IT_DB_USER", "postgres");
    /** One database per checkout, so two checkouts' suites on one machine do not drop each other's database. */
    static final String NAME = "regsosek_it_"
            + Integer.toHexString(java.nio.file.Path.of("").toAbsolutePath().toString().hashCode());
    private static boolean created;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        recreate();
        // Set here, not in application-it.yaml: files in ./config (outside the jar) win over test resources.
        TestPropertyValues.of("spring.datasource.url=jdbc:postgresql://" + HOST + "/" + NAME,
                "spring.datasource.username=" + USER, "spring.datasource.password=",
                "spring.mail.host=127.0.0.1", "spring.mail.port=" + TestMail.PORT, "camunda.bpm.job-execution.enabled=true",
                "camunda.bpm.admin-user.password=it-sysadmin-secret-42",
                // The outbox sender runs as in production, with short waits so a test sees retries.
                "regsosek.mail.outbox.poll-interval=PT0.2S", "regsosek.mail.outbox.first-retry=PT1S",
                "regsosek.mail.outbox.max-retry=PT2S").applyTo(context);
    }

    static synchronized void recreate() {
        if (created) {
            return;
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER, "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + NAME + " with (force)");
            s.execute("create database " + NAME);
            created = true;
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + HOST + " is not usable: " + e.getMessage(), e);
        }
    }

    static boolean reachable() {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER, "")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
