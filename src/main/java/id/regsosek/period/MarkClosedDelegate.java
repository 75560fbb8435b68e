package id.regsosek.period;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every open visit of the regency was closed out: the period is over. */
@Component("markPeriodClosed")
public class MarkClosedDelegate implements JavaDelegate {

    private final EnumerationPeriods periods;

    public MarkClosedDelegate(EnumerationPeriods periods) {
        this.periods = periods;
    }

    @Override
    public void execute(DelegateExecution execution) {
        periods.markClosed(new PeriodVariables(execution).regency());
    }
}
