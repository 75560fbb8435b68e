package id.regsosek.recruitment.selection;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.recruitment.DecisionTables;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which role a selected candidate is proposed for (FIRST hit): one test per rule. */
class RoleAssignmentDmnTest {

    private final DecisionTables table;

    RoleAssignmentDmnTest() throws Exception {
        table = new DecisionTables("role-assignment.dmn", SelectionProcess.DECISION_ROLE);
    }

    private DecisionTables.Decided role(boolean experience, double score) {
        return table.decide("role", Map.of(SelectionProcess.DMN_HAS_EXPERIENCE, experience,
                SelectionProcess.DMN_COMBINED_SCORE, score));
    }

    @Test
    void anExperiencedCandidateScoringAtLeast70IsProposedAsPml() {
        assertThat(role(true, 70).output()).isEqualTo("PML");
        assertThat(role(true, 91.5).rules()).containsExactly("Rule_ExperiencedHighScorer");
    }

    @Test
    void everyoneElseIsProposedAsPpl() {
        assertThat(role(true, 69.9).output()).isEqualTo("PPL");
        assertThat(role(false, 95).output()).as("a newcomer, however good").isEqualTo("PPL");
        assertThat(role(false, 40).rules()).containsExactly("Rule_Others");
    }
}
