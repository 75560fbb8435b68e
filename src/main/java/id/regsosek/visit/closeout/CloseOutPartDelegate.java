package id.regsosek.visit.closeout;

import id.regsosek.period.EnumerationPeriods;
import id.regsosek.period.PeriodProcess;
import id.regsosek.period.PeriodVariables;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One part of the close-out (its number is the multi-instance's loopCounter), one job and one transaction: the
 * part's families are closed out set-based ({@link CloseOutBatch}), then each subscription is told PeriodEnded by
 * its execution id (no correlation query), so every visit still ends through its BPMN path. A part holds whole SLS,
 * so parts run in parallel (non-exclusive jobs) without touching each other's rows; a failure retries one part.
 */
@Component("closeOpenVisits")
public class CloseOutPartDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(CloseOutPartDelegate.class);
    private static final String LOOP_COUNTER = "loopCounter";

    private final RuntimeService runtime;
    private final CloseOutParts parts;
    private final CloseOutBatch batch;
    private final EnumerationPeriods periods;

    public CloseOutPartDelegate(RuntimeService runtime, CloseOutParts parts, CloseOutBatch batch,
                                EnumerationPeriods periods) {
        this.runtime = runtime;
        this.parts = parts;
        this.batch = batch;
        this.periods = periods;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String regency = new PeriodVariables(execution).regency();
        int part = ((Number) execution.getVariable(LOOP_COUNTER)).intValue();
        long t0 = System.nanoTime();
        List<CloseOutParts.Item> items = parts.stillOpen(parts.items(regency, part));
        batch.closeOut(items.stream().filter(i -> i.familyId() != null).toList());
        long t1 = System.nanoTime();
        for (CloseOutParts.Item item : items) {
            runtime.messageEventReceived(PeriodProcess.MESSAGE_PERIOD_ENDED, item.executionId());
        }
        long t2 = System.nanoTime();
        parts.done(regency, part);
        // The part's own tally row: a shared counter row would hold its lock through the engine's flush.
        periods.addClosedOut(regency, items.size());
        log.info("period end of {}: part {} closed {} open visits (our rows {} ms, visits told {} ms)", regency, part,
                items.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }
}
