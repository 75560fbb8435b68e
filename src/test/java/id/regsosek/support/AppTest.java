package id.regsosek.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that need the whole application on H2 (with the Bekasi demo frame and demo users). All share one
 * Spring context, so the engine starts once per test run, on an in-memory database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Here, not in application-test.yaml: files in ./config win over test resources.
        properties = {"spring.datasource.url=jdbc:h2:mem:regsosek-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                // GreenMail port: TestMail, below; job executor and outbox sender off: tests drive them by hand
                "spring.mail.host=127.0.0.1", "camunda.bpm.job-execution.enabled=false",
                "regsosek.mail.outbox.worker=false",
                "regsosek.handover.folder=target/handover-test"})
@ActiveProfiles({"h2", "test"})
public abstract class AppTest {

    @DynamicPropertySource
    static void mailPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> TestMail.PORT);
        // Visits must lie in their regency's period and not in the future: tests report days past, so the
        // periods the tests' regencies get start 60 days back (the end stays the default).
        registry.add("regsosek.period.start", () -> java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"))
                .minusDays(60).toString());
    }

    @LocalServerPort
    protected int port;

    protected Http http(String user) {
        return new Http("http://localhost:" + port, user, user == null ? null : "demo");
    }
}
