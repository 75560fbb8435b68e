package id.regsosek.tasklist;

import id.regsosek.common.InstanceSubject;
import id.regsosek.ranking.RankingHandoverProcess;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** ranking-handover: the campaign of its business key. */
@Component
class RankingSubjects implements SubjectSource {

    @Override
    public String processKey() {
        return RankingHandoverProcess.KEY;
    }

    @Override
    public TaskSubject describe(DelegateTask task) {
        String campaign = InstanceSubject.ownedKey(task);
        return new TaskSubject("Kegiatan " + campaign, Map.of(TaskColumns.CAMPAIGN, campaign));
    }
}
