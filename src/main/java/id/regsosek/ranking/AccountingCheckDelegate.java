package id.regsosek.ranking;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Fails the step, naming the offending rows, when the accounts do not add up: retried, then an incident. */
@Component("handoverAccountingCheck")
public class AccountingCheckDelegate implements JavaDelegate {

    private final AccountingCheck check;

    public AccountingCheckDelegate(AccountingCheck check) {
        this.check = check;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> problems = check.problems(HandoverVariables.of(execution).regency());
        if (!problems.isEmpty()) {
            throw new IllegalStateException(AccountingCheck.message(problems));
        }
    }
}
