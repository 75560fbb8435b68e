package id.regsosek.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.visit.VisitProcess;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A family's behaviour depends on the seed and its own key only (so two runs of one seed agree whatever order the
 * officers meet the families in), its shares follow the rates, and the answers at each attempt follow it.
 */
class BehaviourTest {

    private static final SimulationOptions.Rates RATES = new SimulationOptions.Rates(0.25, 0.08, 0.05, 0.04, 0.03,
            0.06, 0.04, 0.5, 0.02, 0.02, 0.03);

    @Test
    void sameSeedAndKeySameBehaviourWhateverTheOrder() {
        List<Behaviour> forward = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            forward.add(Behaviour.of(7, "32.75.01.1001.0001.00|Kepala Keluarga " + i, false, RATES));
        }
        for (int i = 499; i >= 0; i--) {
            assertThat(Behaviour.of(7, "32.75.01.1001.0001.00|Kepala Keluarga " + i, false, RATES))
                    .isEqualTo(forward.get(i));
        }
        long differ = 0;
        for (int i = 0; i < 500; i++) {
            if (!Behaviour.of(8, "32.75.01.1001.0001.00|Kepala Keluarga " + i, false, RATES).equals(forward.get(i))) {
                differ++;
            }
        }
        assertThat(differ).isGreaterThan(450);
    }

    @Test
    void sharesFollowTheRates() {
        int n = 20000;
        int notHome = 0;
        int refuses = 0;
        int moved = 0;
        int hard = 0;
        int newFamily = 0;
        for (int i = 0; i < n; i++) {
            Behaviour b = Behaviour.of(3, "sls|" + i, false, RATES);
            notHome += b.notHomeFirst() ? 1 : 0;
            refuses += b.refuses() ? 1 : 0;
            moved += b.moved() ? 1 : 0;
            hard += b.hardToReach() ? 1 : 0;
            newFamily += b.newFamily() ? 1 : 0;
            assertThat((b.refuses() ? 1 : 0) + (b.moved() ? 1 : 0) + (b.hardToReach() ? 1 : 0)).isLessThanOrEqualTo(1);
            assertThat(Behaviour.of(3, "sls|" + i, true, RATES).newFamily()).isFalse();
        }
        assertThat(notHome / (double) n).isBetween(0.23, 0.27);
        assertThat(refuses / (double) n).isBetween(0.04, 0.06);
        assertThat(moved / (double) n).isBetween(0.03, 0.05);
        assertThat(hard / (double) n).isBetween(0.03, 0.05);
        assertThat(newFamily / (double) n).isBetween(0.02, 0.04);
    }

    @Test
    void answersFollowTheBehaviour() {
        Behaviour absentThenIncomplete = new Behaviour(true, true, false, false, false, false, false, false, false,
                false, 1);
        assertThat(answers(absentThenIncomplete, 3)).containsExactly(VisitProcess.NO_RESPONDENT,
                VisitProcess.INCOMPLETE, VisitProcess.COMPLETE);
        Behaviour refuses = new Behaviour(false, false, true, true, false, false, false, false, false, false, 1);
        FieldActors.Seen seen = new FieldActors.Seen();
        assertThat(FieldActors.nextResult(refuses, seen)).isEqualTo(VisitProcess.REFUSED);
        seen.attempts++;
        seen.convinced = true;
        assertThat(FieldActors.nextResult(refuses, seen)).isEqualTo(VisitProcess.COMPLETE);
        Behaviour hard = new Behaviour(false, false, false, false, false, false, false, false, true, true, 1);
        FieldActors.Seen h = new FieldActors.Seen();
        h.attempts = 6;
        assertThat(FieldActors.nextResult(hard, h)).isEqualTo(VisitProcess.NO_RESPONDENT);
        h.helped = true;
        assertThat(FieldActors.nextResult(hard, h)).isEqualTo(VisitProcess.COMPLETE);
        Behaviour moved = new Behaviour(false, false, false, false, false, true, false, false, false, false, 1);
        assertThat(answers(moved, 1)).containsExactly(VisitProcess.MOVED);
    }

    private static List<Integer> answers(Behaviour b, int attempts) {
        FieldActors.Seen seen = new FieldActors.Seen();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            out.add(FieldActors.nextResult(b, seen));
            seen.attempts++;
        }
        return out;
    }
}
