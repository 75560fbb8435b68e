package id.regsosek.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.RegsosekApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The visit benchmark as an office runs it, small: its own engine and web server on its own in-memory database,
 * reports over HTTP, every report logged once, figures printed. It must refuse to run without the scratch flag.
 */
class BenchmarkVisitsCommandTest {

    private static final String DB = "--spring.datasource.url=jdbc:h2:mem:bench-test;DB_CLOSE_DELAY=-1";

    @Test
    void reportsOverHttpAndPrintsTheFigures() {
        assertThat(RegsosekApplication.runCommand("benchmark-visits", "--families=10", DB)).isEqualTo(64);

        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = RegsosekApplication.runCommand("benchmark-visits", "--scratch-database-ok", "--families=20",
                    "--paced-families=10", "--clients=4", "--rate=40", "--open-tasks=400", "--sls-size=10", DB);
        } finally {
            System.setOut(out);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(text).isZero();
        assertThat(text).contains("attempts: 30 logged for 30 reports of ours")
                .contains("ours, our REST API").contains("bare engine, its REST API")
                .containsPattern("tasklist: 400 open tasks \\(\\d+ filler\\); a PPL holds \\d+, a PML \\d+");
    }
}
