package id.regsosek.support;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of the integration suite: the application on the postgres profile against a fresh local PostgreSQL
 * database, job executor on. All integration tests share this one context.
 */
@ExtendWith(RequiresPostgres.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "it"})
@ContextConfiguration(initializers = PostgresDatabase.class)
public abstract class PostgresTest {

    @LocalServerPort
    protected int port;

    protected Http http(String user, String password) {
        return new Http("http://localhost:" + port, user, password);
    }
}
