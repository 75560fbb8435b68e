package id.regsosek.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.RegsosekApplication;
import org.junit.jupiter.api.Test;

/** The deployment benchmark, small, on its own in-memory database: it deploys, and refuses without the scratch flag. */
class BenchmarkDeploymentCommandTest {

    @Test
    void theBenchmarkCommandDeploysAndRefusesWithoutTheScratchFlag() {
        String db = "--spring.datasource.url=jdbc:h2:mem:deploy-bench;DB_CLOSE_DELAY=-1";
        assertThat(RegsosekApplication.runCommand("benchmark-deployment", db)).isEqualTo(64);
        assertThat(RegsosekApplication.runCommand("benchmark-deployment", "--scratch-database-ok", "--officers=40",
                "--one-by-one=5", db)).isZero();
    }
}
