package id.regsosek.assignment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Configuration ({@code regsosek.assignment.*}): target families per PPL, PPL per PML, tolerances. */
@Component
public class AssignmentSettings {

    private final ProposalAlgorithm.Settings proposal;
    private final int prelistFlagPercent;

    public AssignmentSettings(@Value("${regsosek.assignment.target-families:250}") int target,
                              @Value("${regsosek.assignment.ppl-per-pml:4}") int pplPerPml,
                              @Value("${regsosek.assignment.tolerance-percent:20}") int tolerance,
                              @Value("${regsosek.assignment.prelist-flag-percent:30}") int prelistFlagPercent) {
        this.proposal = new ProposalAlgorithm.Settings(target, pplPerPml, tolerance);
        this.prelistFlagPercent = prelistFlagPercent;
    }

    public ProposalAlgorithm.Settings proposal() {
        return proposal;
    }

    public int target() {
        return proposal.targetFamilies();
    }

    public int tolerancePercent() {
        return proposal.tolerancePercent();
    }

    /** An SLS whose prelist count differs from its expected families by more than this is flagged. */
    public int prelistFlagPercent() {
        return prelistFlagPercent;
    }
}
