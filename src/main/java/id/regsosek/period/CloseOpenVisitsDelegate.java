package id.regsosek.period;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One chunk of the close-out: tells up to closeChunk open visits of the regency that the period has ended (each
 * then runs its own close-out path in this transaction). The step is asynchronous and loops while a full chunk
 * was found, so a regency of a million visits closes in many short transactions and a failure retries one chunk.
 */
@Component("closeOpenVisits")
public class CloseOpenVisitsDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(CloseOpenVisitsDelegate.class);
    private static final String MESSAGE = "message";

    private final RuntimeService runtime;
    private final EnumerationPeriods periods;
    private final PeriodSettings settings;

    public CloseOpenVisitsDelegate(RuntimeService runtime, EnumerationPeriods periods, PeriodSettings settings) {
        this.runtime = runtime;
        this.periods = periods;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PeriodVariables v = new PeriodVariables(execution);
        String regency = v.regency();
        int chunk = v.closeChunk(settings.closeChunk());
        // The engine's own query (ordered by the subscription's primary key, so a page stops early; subscriptions
        // of closed visits are gone, so each chunk starts again at the first page).
        List<String> executions = runtime.createEventSubscriptionQuery().eventType(MESSAGE)
                .eventName(PeriodProcess.MESSAGE_PERIOD_ENDED).tenantIdIn(regency).listPage(0, chunk).stream()
                .map(EventSubscription::getExecutionId).toList();
        for (String id : executions) {
            runtime.messageEventReceived(PeriodProcess.MESSAGE_PERIOD_ENDED, id);
        }
        periods.addClosedOut(regency, executions.size());
        execution.setVariable(PeriodProcess.OPEN_LEFT, executions.size() == chunk);
        log.info("period end of {}: {} open visits closed in this chunk", regency, executions.size());
    }
}
