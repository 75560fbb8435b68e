package id.regsosek.period;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The period's end has come: from now on it cannot be moved. Written in the timer's own transaction, on the row
 * a mover locks, so a move and the end can never both win.
 */
@Component("markPeriodClosing")
public class MarkClosingDelegate implements JavaDelegate {

    private final EnumerationPeriods periods;

    public MarkClosingDelegate(EnumerationPeriods periods) {
        this.periods = periods;
    }

    @Override
    public void execute(DelegateExecution execution) {
        periods.markClosing(new PeriodVariables(execution).regency());
    }
}
