package id.regsosek.ranking;

import id.regsosek.common.FormText;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ranks the regency's families by welfare and prepares the decile distribution the admin reviews. */
@Component("rankFamilies")
public class RankFamiliesDelegate implements JavaDelegate {

    private final WelfareRanking ranking;
    private final HandoverRuns runs;

    public RankFamiliesDelegate(WelfareRanking ranking, HandoverRuns runs) {
        this.ranking = ranking;
        this.runs = runs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HandoverVariables v = HandoverVariables.of(execution);
        runs.ranked(v.campaign(), ranking.rank(v.regency(), v.campaign()));
        // A line per district: grows with the regency, so a Json (bytes) variable, not a 4,000-character string.
        execution.setVariable(RankingHandoverProcess.VAR_DISTRIBUTION, FormText.of(ranking.distribution(v.regency())));
    }
}
