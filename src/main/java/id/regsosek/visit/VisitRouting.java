package id.regsosek.visit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who works a visit's next task, read from the SLS assignment when the task is created (BPMN:
 * {@code camunda:assignee="${visitRouting.ppl(execution)}"}). Not from a variable: a variable could be sent by a
 * person, and would still name an officer who dropped out after the visit started.
 */
@Component("visitRouting")
public class VisitRouting {

    private final VisitSubject subject;
    private final FieldOfficers officers;

    public VisitRouting(VisitSubject subject, FieldOfficers officers) {
        this.subject = subject;
        this.officers = officers;
    }

    public String ppl(DelegateExecution execution) {
        return officers.team(subject.of(execution).id()).map(FieldOfficers.FamilyTeam::pplUser).orElse(null);
    }

    public String pml(DelegateExecution execution) {
        return officers.team(subject.of(execution).id()).map(FieldOfficers.FamilyTeam::pmlUser).orElse(null);
    }
}
