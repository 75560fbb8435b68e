package id.regsosek.visit;

import java.sql.Timestamp;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The PML's check of a form: date, PML code, approved or returned with a reason (required when returned). */
@Component("recordCheck")
public class RecordCheckDelegate implements JavaDelegate {

    private final JdbcTemplate jdbc;
    private final FieldOfficers officers;
    private final VisitSubject subject;

    public RecordCheckDelegate(JdbcTemplate jdbc, FieldOfficers officers, VisitSubject subject) {
        this.subject = subject;
        this.jdbc = jdbc;
        this.officers = officers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        VisitVariables v = new VisitVariables(execution);
        long familyId = subject.of(execution).id();
        boolean approved = v.flag(VisitProcess.APPROVED);
        String reason = v.text(VisitProcess.RETURN_REASON);
        if (!approved && reason == null) {
            throw new IllegalArgumentException("formulir yang dikembalikan perlu alasan untuk PPL: sebutkan apa yang"
                    + " salah (a returned form needs a reason for the PPL)");
        }
        if (reason != null && reason.length() > 500) {
            throw new IllegalArgumentException("reason is longer than 500 characters");
        }
        FieldOfficers.FamilyTeam team = officers.team(familyId).orElseThrow();
        jdbc.update("insert into family_check (family_id, checked_at, pml_officer_id, pml_officer_code, approved,"
                        + " reason) values (?, ?, ?, ?, ?, ?)", familyId, Timestamp.from(Instant.now()),
                team.pmlOfficerId(), team.pmlOfficerCode(), approved, approved ? null : reason);
        execution.setVariable(VisitProcess.APPROVED, approved);
        if (approved) {
            execution.removeVariable(VisitProcess.RETURN_REASON);
        }
    }
}
