package id.regsosek.access;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The management refused: the SLS stays blocked and goes one level up, to the regency office, which arranges the
 * access through the regency government (a letter from the regent's office) before the deadline set here.
 */
@Component("recordSlsAccessRefusal")
public class RecordRefusalDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RecordRefusalDelegate.class);

    private final AccessRows rows;
    private final AccessSubject subject;
    private final AccessSettings settings;

    public RecordRefusalDelegate(AccessRows rows, AccessSubject subject, AccessSettings settings) {
        this.rows = rows;
        this.subject = subject;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccessSubject.Sls sls = subject.of(execution);
        // Whole milliseconds: the timer's date variable and our row then hold the same moment.
        Instant deadline = Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(settings.arrangeDeadline());
        rows.refused(sls.id(), deadline);
        Map<String, Object> row = rows.row(sls.id());
        execution.setVariable(SlsAccessProcess.VAR_DEADLINE, Date.from(deadline));
        // The form shows the reason as our row has it (recorded by the Koseka's or PML's listener).
        execution.setVariable(SlsAccessProcess.VAR_REFUSAL_NOTE, "Ditolak pengelola (dicatat oleh "
                + row.get("decided_by") + "): " + row.get("refusal_reason"));
        log.info("access to SLS {} refused by its management; regency office to arrange it by {}", sls.code(),
                deadline);
    }
}
