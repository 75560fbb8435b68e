package id.regsosek.ranking;

import java.nio.file.Path;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Publication approved: the per-village lists for the consultation forums are written beside the package. */
@Component("publishConsultationLists")
public class PublishConsultationDelegate implements JavaDelegate {

    private final ConsultationLists lists;
    private final HandoverRuns runs;

    public PublishConsultationDelegate(ConsultationLists lists, HandoverRuns runs) {
        this.lists = lists;
        this.runs = runs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HandoverVariables v = HandoverVariables.of(execution);
        lists.write(v.regency(), Path.of(v.text(RankingHandoverProcess.VAR_PACKAGE_DIR)));
        runs.status(v.campaign(), "PUBLISHED");
    }
}
