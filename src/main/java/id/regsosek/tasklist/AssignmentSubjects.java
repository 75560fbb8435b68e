package id.regsosek.tasklist;

import id.regsosek.assignment.AreaAssignmentProcess;
import id.regsosek.assignment.AssignmentVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** area-assignment: the district of its business key. */
@Component
class AssignmentSubjects implements SubjectSource {

    private final DistrictNames districts;

    AssignmentSubjects(DistrictNames districts) {
        this.districts = districts;
    }

    @Override
    public String processKey() {
        return AreaAssignmentProcess.KEY;
    }

    @Override
    public TaskSubject describe(DelegateTask task) {
        String district = AssignmentVariables.district(task);
        return new TaskSubject(districts.title(district), districts.columns(district));
    }
}
