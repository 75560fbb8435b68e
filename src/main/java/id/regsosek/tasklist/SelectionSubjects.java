package id.regsosek.tasklist;

import id.regsosek.recruitment.RecruitmentSubject;
import id.regsosek.recruitment.selection.SelectionProcess;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** district-selection: the district and campaign of its business key ({@code 32.16-2022/32.16.01}). */
@Component
class SelectionSubjects implements SubjectSource {

    private final RecruitmentSubject subject;
    private final DistrictNames districts;

    SelectionSubjects(RecruitmentSubject subject, DistrictNames districts) {
        this.subject = subject;
        this.districts = districts;
    }

    @Override
    public String processKey() {
        return SelectionProcess.KEY;
    }

    @Override
    public TaskSubject describe(DelegateTask task) {
        RecruitmentSubject.Selection selection = subject.selection(task);
        Map<String, Object> columns = districts.columns(selection.district());
        columns.put(TaskColumns.CAMPAIGN, selection.campaign());
        return new TaskSubject(districts.title(selection.district()) + ", kegiatan " + selection.campaign(), columns);
    }
}
