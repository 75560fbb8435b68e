package id.regsosek.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure proposal: balance, whole villages, PML grouping, reserves, determinism, overload. */
class ProposalAlgorithmTest {

    private static final ProposalAlgorithm.Settings SETTINGS = new ProposalAlgorithm.Settings(250, 4, 20);

    private static List<ProposalAlgorithm.Unit> villages(int[]... sizes) {
        List<ProposalAlgorithm.Unit> units = new ArrayList<>();
        long id = 1;
        for (int v = 0; v < sizes.length; v++) {
            for (int s = 0; s < sizes[v].length; s++) {
                units.add(new ProposalAlgorithm.Unit(id++, String.format("32.16.01.%d.%04d.00", 2001 + v, s + 1),
                        "32.16.01." + (2001 + v), sizes[v][s]));
            }
        }
        return units;
    }

    private static List<Long> ids(long from, int n) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(from + i);
        }
        return out;
    }

    @Test
    void fourSmallSlsPerPplKeepVillagesWhole() {
        // 4 villages of 4 small SLS (~62 families each): each PPL gets exactly one village.
        List<ProposalAlgorithm.Unit> units = villages(new int[] {60, 70, 55, 65}, new int[] {62, 58, 66, 64},
                new int[] {50, 75, 61, 64}, new int[] {63, 63, 62, 62});
        ProposalAlgorithm.Result r = ProposalAlgorithm.propose(units, ids(100, 4), ids(200, 1), SETTINGS);
        for (ProposalAlgorithm.Unit u : units) {
            int village = Integer.parseInt(u.villageCode().substring(9)) - 2001;
            assertThat(r.pplOfSls().get(u.slsId())).isEqualTo(100L + village);
        }
        assertThat(r.pmlOfPpl().values()).containsOnly(200L);
        assertThat(r.overloaded()).isFalse();
    }

    @Test
    void sparePplAndPmlAreReservesAndTheResultIsDeterministic() {
        List<ProposalAlgorithm.Unit> units = villages(new int[] {250, 240, 260}, new int[] {250, 250});
        ProposalAlgorithm.Result a = ProposalAlgorithm.propose(units, ids(100, 7), ids(200, 3), SETTINGS);
        List<ProposalAlgorithm.Unit> reversed = new ArrayList<>(units);
        java.util.Collections.reverse(reversed);
        ProposalAlgorithm.Result b = ProposalAlgorithm.propose(reversed, ids(100, 7),
                ids(200, 3), SETTINGS);
        assertThat(a).isEqualTo(b);
        assertThat(a.reservePpl()).containsExactly(105L, 106L);
        assertThat(a.reservePml()).containsExactly(202L);
        assertThat(a.pplOfSls().values()).containsExactly(100L, 101L, 102L, 103L, 104L);
    }

    @Test
    void nineteenPplMakeFivePmlGroupsOfNeighbours() {
        int[] village = new int[19];
        java.util.Arrays.fill(village, 250);
        ProposalAlgorithm.Result r = ProposalAlgorithm.propose(villages(village), ids(100, 19), ids(200, 5),
                SETTINGS);
        assertThat(r.pmlOfPpl().values().stream().distinct()).hasSize(5);
        assertThat(r.pmlOfPpl().get(100L)).isEqualTo(200L);
        assertThat(r.pmlOfPpl().get(118L)).isEqualTo(204L);
    }

    @Test
    void aSmallSlsBetweenLargeOnesJoinsANearbySmallRunAndFreesAReserve() {
        // Contiguous runs would be [74] [420] [150] [410]: the 74 and 150 of the same village share one PPL.
        ProposalAlgorithm.Result r = ProposalAlgorithm.propose(villages(new int[] {74, 420, 150, 410}),
                ids(100, 4), ids(200, 1), SETTINGS);
        assertThat(r.pplOfSls()).containsEntry(1L, 100L).containsEntry(3L, 100L).containsEntry(2L, 101L)
                .containsEntry(4L, 102L);
        assertThat(r.reservePpl()).containsExactly(103L);
    }

    @Test
    void tooFewPplIsFlaggedAsOverloaded() {
        ProposalAlgorithm.Result r = ProposalAlgorithm.propose(villages(new int[] {250, 250, 250, 250}),
                ids(100, 2), ids(200, 1), SETTINGS);
        assertThat(r.overloaded()).isTrue();
        assertThat(r.pplOfSls()).hasSize(4);
    }

    @Test
    void noOfficersIsAnError() {
        assertThatThrownBy(() -> ProposalAlgorithm.propose(villages(new int[] {250}), List.of(), ids(200, 1),
                SETTINGS)).hasMessageContaining("no PPL or no PML deployed");
    }
}
