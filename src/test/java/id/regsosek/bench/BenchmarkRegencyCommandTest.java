package id.regsosek.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.RegsosekApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The regency benchmark as an office runs it, small: its own application with its web server, on its own
 * in-memory database; every stage prints its figures, every person's page answers over HTTP (a refusal or an error
 * stops the run), and the period's end closes every visit, ours and the bare engine's. It refuses to run without
 * the scratch flag.
 */
class BenchmarkRegencyCommandTest {

    private static final String DB = "--spring.datasource.url=jdbc:h2:mem:bench-regency-test;DB_CLOSE_DELAY=-1";

    @Test
    void runsEveryStageAndClosesEveryVisit() {
        assertThat(RegsosekApplication.runCommand("benchmark-regency", "--sls=2", "--regsosek.demo.enabled=false", DB)).isEqualTo(64);

        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = RegsosekApplication.runCommand("benchmark-regency", "--scratch-database-ok", "--sls=9",
                    "--families-per-sls=4", "--bare-every=3", "--rounds=4", "--regsosek.demo.enabled=false", DB);
        } finally {
            System.setOut(out);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(text).isZero();
        assertThat(text).contains("setup   : 9 SLS, 36 prelist families")
                .containsPattern("start   : ours 24 visits at \\d+ /s per worker, bare engine 12 at \\d+ /s per worker,"
                        + " ratio [\\d.]+; 2 workers, 36 started")
                .containsPattern("tasklist PPL: filters with counts \\(\\d+\\) +p50")
                .contains("tasklist Koseka: a filter's first page", "tasklist recruitment staff: a filter's",
                        "field app PML: first page + count", "dashboard: the page's 8 reads")
                .containsPattern("closeout: bare engine, one thread, one by one: 12 visits")
                .containsPattern("closeout: ours 24 visits at \\d+ /s .*; 0 open visits and 0 failed jobs left")
                .containsPattern("memory  : heap peak <= \\d+ MB");
    }
}
