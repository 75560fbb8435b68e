package id.regsosek.visit;

import id.regsosek.mail.Mailer;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The SLS's last open family was closed out: one mail to its PML with the SLS's close-out counts (queued). */
@Component("notifyCloseOut")
public class NotifyCloseOutDelegate implements JavaDelegate {

    static final String TEMPLATE = "visit-closeout";

    private final FieldOfficers officers;
    private final FamilyResults results;
    private final Mailer mailer;
    private final VisitSubject subject;

    public NotifyCloseOutDelegate(FieldOfficers officers, FamilyResults results, Mailer mailer,
                                  VisitSubject subject) {
        this.subject = subject;
        this.officers = officers;
        this.results = results;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long familyId = subject.of(execution).id();
        FieldOfficers.FamilyTeam team = officers.team(familyId).orElseThrow();
        FamilyResults.SlsCounts counts = results.closeOutCounts(team.slsId());
        mailer.send(team.regencyCode(), TEMPLATE, team.pmlEmail(), Map.of("sls", counts.slsCode(), "families", counts.families(),
                "code3", counts.closedOut3(), "code4", counts.closedOut4()), "SLS " + counts.slsCode());
    }
}
