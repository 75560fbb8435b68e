package id.regsosek.visit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Fills the forms of the check and correction tasks from our tables when they are created (task-local
 * variables, gone with the task), and stores a correction when the PPL completes it. A check starts without the
 * previous round's decision and reason. Called by
 * {@link VisitTaskReadModel}, the listener both tasks already have.
 */
@Component
public class VisitTaskForms {

    private final VisitSubject subject;
    private final VisitFormViews views;
    private final CorrectionForm correction;
    private final FormOptionLabels labels;

    public VisitTaskForms(VisitSubject subject, VisitFormViews views, CorrectionForm correction,
                          FormOptionLabels labels) {
        this.subject = subject;
        this.views = views;
        this.correction = correction;
        this.labels = labels;
    }

    void notify(DelegateTask task) {
        String kind = task.getTaskDefinitionKey();
        boolean check = VisitProcess.TASK_CHECK_FORM.equals(kind);
        boolean correct = VisitProcess.TASK_CORRECT_FORM.equals(kind);
        if (!check && !correct) {
            return;
        }
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            if (check) {
                // A new check round starts undecided: the last round's decision and reason (kept on the process
                // for the PPL's correction, which is done now) would otherwise fill the PML's form again. The
                // earlier reasons stay readable in the check's history table (family_check).
                task.getExecution().removeVariable(VisitProcess.RETURN_REASON);
                task.getExecution().removeVariable(VisitProcess.APPROVED);
            }
            long family = subject.of(task).id();
            task.setVariablesLocal(check ? views.check(family, labels.of(task.getProcessDefinitionId()))
                    : correction.open(family));
        } else if (correct && TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
            correction.store(subject.of(task).id(), task);
        }
    }
}
