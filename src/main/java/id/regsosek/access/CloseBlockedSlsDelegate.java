package id.regsosek.access;

import id.regsosek.visit.SlsCompletion;
import id.regsosek.visit.VisitProcess;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SLS stays without access: the regency's enumeration period ended, or the regency office could not arrange the
 * permission either. Its families, never visited, are closed out as open families are (4 when the management
 * refused, else 3: nobody could be met), the SLS is marked CLOSED, and its sign-off is told when that made every
 * family final, so the area can still be signed off.
 */
@Component("closeBlockedSls")
public class CloseBlockedSlsDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(CloseBlockedSlsDelegate.class);

    private final AccessRows rows;
    private final AccessSubject subject;
    private final JdbcTemplate jdbc;
    private final SlsCompletion completion;

    public CloseBlockedSlsDelegate(AccessRows rows, AccessSubject subject, JdbcTemplate jdbc,
                                   SlsCompletion completion) {
        this.rows = rows;
        this.subject = subject;
        this.jdbc = jdbc;
        this.completion = completion;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccessSubject.Sls sls = subject.of(execution);
        Map<String, Object> row = rows.row(sls.id());
        int code = "REFUSED".equals(row.get("status")) ? VisitProcess.REFUSED
                : VisitProcess.NO_RESPONDENT;
        int closed = jdbc.update("update family set result_code = ?, final_at = ? where sls_id = ? and result_code is"
                + " null and not exists (select 1 from family_visit v where v.family_id = family.id)", code,
                Timestamp.from(Instant.now()), sls.id());
        rows.closed(sls.id());
        completion.tellIfAllFinal(sls.id(), sls.code());
        log.info("SLS {} closed without access ({}): {} families closed out with code {}", sls.code(),
                execution.getCurrentActivityId(), closed, code);
    }
}
