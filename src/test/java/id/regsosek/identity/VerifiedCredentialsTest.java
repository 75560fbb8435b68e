package id.regsosek.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a remembered password check may and may not stand in for. */
class VerifiedCredentialsTest {

    private final RegsosekUser ppl = new RegsosekUser("ppl1", List.of(Groups.PPL), List.of("32.16"));

    @Test
    void recallsOnlyTheSamePasswordOfTheSameUser() {
        VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(1));
        verified.remember("ppl1", "demo", ppl);

        assertThat(verified.recall("ppl1", "demo")).contains(ppl);
        assertThat(verified.recall("ppl1", "demo2")).isEmpty();
        assertThat(verified.recall("ppl2", "demo")).isEmpty();
    }

    @Test
    void forgetsOnAFailedCheckAndAfterItsTime() throws InterruptedException {
        VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(1));
        verified.remember("ppl1", "demo", ppl);
        verified.forget("ppl1");
        assertThat(verified.recall("ppl1", "demo")).isEmpty();

        VerifiedCredentials shortLived = new VerifiedCredentials(Duration.ofMillis(50));
        shortLived.remember("ppl1", "demo", ppl);
        assertThat(shortLived.recall("ppl1", "demo")).contains(ppl);
        Thread.sleep(80);
        assertThat(shortLived.recall("ppl1", "demo")).isEmpty();

        VerifiedCredentials off = new VerifiedCredentials(Duration.ZERO);
        off.remember("ppl1", "demo", ppl);
        assertThat(off.recall("ppl1", "demo")).isEmpty();
    }
}
