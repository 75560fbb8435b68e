package id.regsosek.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.RegsosekApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small seeded simulation as an office runs the command: its own engine and web server on its own in-memory
 * database, one regency of one district and one village (four SLS, a thousand prelist families), its officers
 * recruited first (registrations, documents, scores, selection, training with one absentee replaced), every behaviour
 * switched on, one of the four PPL leaving mid-period and the village's forum correcting about 1% of its ranked
 * families. The accounting finds nothing (no family of the departed PPL lost or finished twice, every correction
 * re-verified by a visit) and every behaviour happened. (Without --scratch-database-ok the
 * command refuses before it writes anything: the same check as benchmark-visits, not started again here.)
 */
class SimulateCommandTest {

    /** What every run must have done at least once: each configured behaviour and each escalation. */
    static final List<String> BEHAVIOURS = List.of("nobody-home-first", "attempt-code-2", "attempt-code-4",
            "attempt-code-5", "new-family", "pml-return", "correction", "non-contact-help", "refusal-pml",
            "refusal-official", "move-confirmed", "sls-pml-approved", "sls-koseka-approved", "sls-accepted",
            "ranking-published", "ppl-dropout", "reassignment-approved", "official-imported", "forum-with-corrections",
            "forum-correction-file", "forum-correction-keyed", "recruitment.campaign-started",
            "recruitment.candidates-imported", "recruitment.documents-invalid", "recruitment.test-scores-by-file",
            "recruitment.test-scores-keyed", "recruitment.interviewed", "recruitment.district-list-confirmed",
            "recruitment.trainee-absent", "recruitment.class-recorded", "recruitment.officers-deployed");

    /** Kota Bekasi reduced to one district, one village and four SLS of 250 expected families. */
    static final Path VILLAGE = Path.of("src/test/resources/simulate/village");

    @TempDir
    Path dir;

    @Test
    void aSeededVillageEndsWithoutDiscrepancy() throws Exception {
        String text = run("village", "--area-dir=" + VILLAGE, "--sls-file=" + VILLAGE.resolve("sls.csv"));
        assertThat(text).contains("discrepancies 0").contains("figure    families.prelist             1000")
                .containsPattern("stage fieldwork +\\d+ families")
                .containsPattern("figure    closed-out +[1-9]")
                .containsPattern("figure    ranked +[1-9]")
                .contains("figure    dropout.ppl                  1")
                .containsPattern("figure    dropout.families +[1-9]")
                .containsPattern("figure    dropout.tasks-moved +[1-9]")
                .contains("figure    dropout.families-lost        0")
                .contains("figure    dropout.families-doubled     0")
                .containsPattern("figure    forum.reverified +[1-9]")
                .contains("figure    handover.published           2")
                .containsPattern("stage recruitment +5 officers")
                .containsPattern("figure    recruitment.ineligible +[1-9]")
                .contains("figure    recruitment.officers         5")
                .as("the absent trainee's reserve trained in a make-up class")
                .containsPattern("behaviour recruitment.class-recorded +[2-9]")
                .containsPattern("memory  : heap peak <= [1-9]\\d* MB \\(pools' peaks summed\\), \\d+ MB in use after GC,"
                        + " max [1-9]\\d* MB");
        for (String b : BEHAVIOURS) {
            assertThat(text).as(b).containsPattern("behaviour " + b + " +[1-9]");
        }
        assertThat(figure(text, "forum.reverified")).as("every correction re-verified by a visit")
                .isEqualTo(figure(text, "forum.corrections"));
        assertThat(fingerprint(text)).isNotBlank();
        // The engine-heavy stages beside the bare engine's sample, taken in the same run.
        assertThat(text).containsPattern("engine  : visit start ours +[\\d,.]+ visits/s"
                + " \\(1,000 in stage assignment\\), bare engine +[1-9][\\d,.]* visits/s"
                + " \\(2,000 sample visits [^)]*\\), ratio \\d+\\.\\d\\d")
                .containsPattern("engine  : close-out +ours +[\\d,.]+ visits/s \\([1-9]\\d* in stage close-out\\),"
                        + " bare engine +[1-9][\\d,.]* visits/s \\(2,000 sample visits [^)]*\\), ratio \\d+\\.\\d\\d");

        // The same seed on a fresh database gives the same figures and behaviours (the bare sample, taken after
        // the accounting, changes neither: the second run has none).
        String again = run("village-again", "--area-dir=" + VILLAGE, "--sls-file=" + VILLAGE.resolve("sls.csv"),
                "--bare-sample=0");
        assertThat(again).doesNotContain("engine  :");
        assertThat(fingerprint(again)).as("fingerprint of the same seed").isEqualTo(fingerprint(text));
    }

    private String run(String database, String... extra) {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        int exit;
        try {
            String[] args = {"simulate", "--scratch-database-ok", "--regency=32.75", "--seed=7", "--clients=4",
                    "--rate-not-home=0.2", "--rate-refusal=0.05", "--rate-moved=0.03", "--rate-new-family=0.02",
                    "--rate-return=0.05", "--rate-hard-to-reach=0.03", "--rate-dropout=0.25",
                    "--rate-forum-correction=0.01", "--period-days=7", db(database),
                    "--regsosek.mail.outbox.worker=false", "--regsosek.demo.enabled=false", "--regsosek.handover.folder=" + dir.resolve("handover")};
            String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(extra))
                    .toArray(String[]::new);
            exit = RegsosekApplication.runCommand(all);
        } finally {
            System.setOut(out);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        System.out.println(text);
        assertThat(exit).as(text).isZero();
        return text;
    }

    static long figure(String text, String name) {
        Matcher m = Pattern.compile("figure    " + Pattern.quote(name) + " +(\\d+)").matcher(text);
        assertThat(m.find()).as(name).isTrue();
        return Long.parseLong(m.group(1));
    }

    static String fingerprint(String text) {
        Matcher m = Pattern.compile("fingerprint (\\w+)").matcher(text);
        return m.find() ? m.group(1) : "";
    }

    private static String db(String name) {
        return "--spring.datasource.url=jdbc:h2:mem:simulate-" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    }
}
