package id.regsosek.period;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reads the regency's period end from our table (the one truth the admin moves) into the timer's variable. */
@Component("readPeriodEnd")
public class ReadPeriodEndDelegate implements JavaDelegate {

    private final EnumerationPeriods periods;
    private final PeriodSettings settings;

    public ReadPeriodEndDelegate(EnumerationPeriods periods, PeriodSettings settings) {
        this.periods = periods;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EnumerationPeriod period = periods.of(new PeriodVariables(execution).regency());
        execution.setVariable(PeriodProcess.PERIOD_END, settings.endMoment(period.end()));
    }
}
