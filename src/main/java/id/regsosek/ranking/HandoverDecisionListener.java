package id.regsosek.ranking;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The admin's decisions in the handover: forcing it before every SLS is accepted, or rejecting publication, each
 * needs a written reason; a forced handover's reason is kept on the run.
 */
@Component("handoverDecision")
public class HandoverDecisionListener implements TaskListener {

    private final HandoverRuns runs;

    public HandoverDecisionListener(HandoverRuns runs) {
        this.runs = runs;
    }

    @Override
    public void notify(DelegateTask task) {
        HandoverVariables v = HandoverVariables.of(task);
        if (RankingHandoverProcess.TASK_CONFIRM_FORCED.equals(task.getTaskDefinitionKey())) {
            String decision = v.text(RankingHandoverProcess.VAR_FORCE_DECISION);
            require(decision, RankingHandoverProcess.FORCE, RankingHandoverProcess.WAIT);
            if (RankingHandoverProcess.FORCE.equals(decision)) {
                String reason = v.text(RankingHandoverProcess.VAR_FORCE_REASON);
                if (reason.isEmpty()) {
                    throw new IllegalArgumentException("a forced handover needs the admin's written reason");
                }
                runs.forced(v.campaign(), reason);
            } else {
                runs.status(v.campaign(), "POSTPONED");
            }
        } else {
            String decision = v.text(RankingHandoverProcess.VAR_PUBLICATION);
            require(decision, RankingHandoverProcess.PUBLISH, RankingHandoverProcess.REJECT);
            if (RankingHandoverProcess.REJECT.equals(decision)
                    && v.text(RankingHandoverProcess.VAR_PUBLICATION_REASON).isEmpty()) {
                throw new IllegalArgumentException("rejecting publication needs a written reason");
            }
        }
    }

    private static void require(String decision, String one, String other) {
        if (!one.equals(decision) && !other.equals(decision)) {
            throw new IllegalArgumentException("decision must be " + one + " or " + other + ", got '" + decision + "'");
        }
    }
}
