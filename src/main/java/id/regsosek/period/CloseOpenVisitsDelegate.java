package id.regsosek.period;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One chunk of the close-out: tells up to closeChunk open visits of the regency that the period has ended (each
 * then runs its own close-out path in this transaction). The step is asynchronous and loops while a full chunk
 * was found, so a regency of a million visits closes in many short transactions and a failure retries one chunk.
 */
@Component("closeOpenVisits")
public class CloseOpenVisitsDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(CloseOpenVisitsDelegate.class);
    // Read straight from the engine's subscription table, without an order: the engine's own query sorts every
    // matching subscription (a million at the start of the close-out) to hand out each page of a few hundred.
    private static final String OPEN_VISITS = "select execution_id_ from act_ru_event_subscr where event_type_ ="
            + " 'message' and event_name_ = ? and tenant_id_ = ? fetch first %d rows only";

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final EnumerationPeriods periods;
    private final PeriodSettings settings;

    public CloseOpenVisitsDelegate(JdbcTemplate jdbc, RuntimeService runtime, EnumerationPeriods periods,
                                   PeriodSettings settings) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.periods = periods;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PeriodVariables v = new PeriodVariables(execution);
        String regency = v.regency();
        int chunk = v.closeChunk(settings.closeChunk());
        List<String> executions = jdbc.queryForList(String.format(OPEN_VISITS, chunk), String.class,
                PeriodProcess.MESSAGE_PERIOD_ENDED, regency);
        for (String id : executions) {
            runtime.messageEventReceived(PeriodProcess.MESSAGE_PERIOD_ENDED, id);
        }
        periods.addClosedOut(regency, executions.size());
        execution.setVariable(PeriodProcess.OPEN_LEFT, executions.size() == chunk);
        log.info("period end of {}: {} open visits closed in this chunk", regency, executions.size());
    }
}
