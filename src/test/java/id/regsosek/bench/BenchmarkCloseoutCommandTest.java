package id.regsosek.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.RegsosekApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The close-out benchmark as an office runs it, small: its own engine and job executor on its own in-memory
 * database, the engine alone and our parts each closing their visits, every one closed, figures printed. It must
 * refuse to run without the scratch flag.
 */
class BenchmarkCloseoutCommandTest {

    private static final String DB = "--spring.datasource.url=jdbc:h2:mem:bench-closeout-test;DB_CLOSE_DELAY=-1";

    @Test
    void closesBothHalvesAndPrintsTheRatio() {
        assertThat(RegsosekApplication.runCommand("benchmark-closeout", "--visits=10", DB)).isEqualTo(64);

        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = RegsosekApplication.runCommand("benchmark-closeout", "--scratch-database-ok", "--visits=30",
                    "--sls-size=10", "--chunk=15", DB);
        } finally {
            System.setOut(out);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(text).isZero();
        assertThat(text).contains("closeout: 30 + 30 open visits started in 3 + 3 SLS")
                .containsPattern("bare engine, one thread, one by one: \\d+ visits/s")
                .containsPattern("ours, period close-out \\(parts of 15, job executor\\): 30 visits in [\\d.]+ s = \\d+"
                        + " visits/s, ours/bare [\\d.]+")
                .contains("closeout: 0 open visits left, 0 failed jobs");
    }
}
