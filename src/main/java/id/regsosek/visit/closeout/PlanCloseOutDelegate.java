package id.regsosek.visit.closeout;

import id.regsosek.period.PeriodProcess;
import id.regsosek.period.PeriodSettings;
import id.regsosek.period.PeriodVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Plans the close-out of the regency's open visits in one statement: parts of whole SLS, about closeChunk visits
 * each ({@link CloseOutParts}); the period then runs one job per part, side by side. Zero parts: nothing is open.
 */
@Component("planCloseOut")
public class PlanCloseOutDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(PlanCloseOutDelegate.class);

    private final CloseOutParts parts;
    private final PeriodSettings settings;

    public PlanCloseOutDelegate(CloseOutParts parts, PeriodSettings settings) {
        this.parts = parts;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PeriodVariables v = new PeriodVariables(execution);
        String regency = v.regency();
        int n = parts.plan(regency, v.closeChunk(settings.closeChunk()));
        execution.setVariable(PeriodProcess.CLOSE_PARTS, n);
        log.info("period end of {}: open visits planned in {} parts", regency, n);
    }
}
