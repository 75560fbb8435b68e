package id.regsosek.signoff;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who approves an SLS first: its own PML (from the approved assignment) gets the task in its list; without an
 * assignment on record the task stays with the PML group.
 */
@Component("signoffRouting")
public class SignoffRouting {

    private final JdbcTemplate jdbc;
    private final SignoffSubject subject;

    public SignoffRouting(JdbcTemplate jdbc, SignoffSubject subject) {
        this.jdbc = jdbc;
        this.subject = subject;
    }

    public String pml(DelegateExecution execution) {
        long slsId = subject.of(execution).id();
        List<String> users = jdbc.queryForList("select o.user_id from sls_assignment a join officer o"
                + " on o.id = a.pml_officer_id where a.sls_id = ? and o.status = 'ACTIVE'", String.class, slsId);
        return users.isEmpty() ? null : users.get(0);
    }
}
