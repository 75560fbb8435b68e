package id.regsosek.ranking;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** How many SLS of the regency are not accepted yet, and which (the first 50 are listed for the admin). */
@Component("countAcceptedSls")
public class CountAcceptedDelegate implements JavaDelegate {

    private final HandoverRuns runs;

    public CountAcceptedDelegate(HandoverRuns runs) {
        this.runs = runs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HandoverVariables v = HandoverVariables.of(execution);
        if (v.campaign() == null || v.campaign().isBlank()) {
            throw new IllegalArgumentException("a handover needs its campaign key (e.g. " + v.regency() + "-2022)");
        }
        List<String> missing = runs.notAccepted(v.regency());
        runs.started(v.campaign(), v.regency(), missing.size());
        String list = String.join(", ", missing.subList(0, Math.min(50, missing.size())))
                + (missing.size() > 50 ? " ... dan " + (missing.size() - 50) + " lainnya" : "");
        execution.setVariable(RankingHandoverProcess.VAR_MISSING_SLS, missing.size());
        execution.setVariable(RankingHandoverProcess.VAR_MISSING_LIST, missing.isEmpty() ? "-" : list);
    }
}
