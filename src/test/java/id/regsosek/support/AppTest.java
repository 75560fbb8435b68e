package id.regsosek.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of tests that need the whole application on H2 (with the Bekasi demo frame and demo users). All share one
 * Spring context, so the engine starts once per test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"h2", "test"})
public abstract class AppTest {

    @LocalServerPort
    protected int port;

    protected Http http(String user) {
        return new Http("http://localhost:" + port, user, user == null ? null : "demo");
    }
}
