package id.regsosek.access;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who records an SLS's permission: the Koseka of its district (its own list; without one, group koseka), or the
 * PML the Koseka named, as our row keeps it (checked when the Koseka sent it, never read from a variable).
 */
@Component("accessRouting")
public class AccessRouting {

    private final JdbcTemplate jdbc;
    private final AccessSubject subject;
    private final AccessRows rows;

    public AccessRouting(JdbcTemplate jdbc, AccessSubject subject, AccessRows rows) {
        this.jdbc = jdbc;
        this.subject = subject;
        this.rows = rows;
    }

    public String koseka(DelegateExecution execution) {
        AccessSubject.Sls sls = subject.of(execution);
        List<String> users = jdbc.queryForList("select user_id from officer where home_district_code = ? and"
                + " regency_code = ? and role = 'KOSEKA' and status = 'ACTIVE' and user_id is not null"
                + " order by officer_code", String.class, sls.district(), sls.regency());
        return users.isEmpty() ? null : users.get(0);
    }

    public String pml(DelegateExecution execution) {
        return rows.pmlUser(subject.of(execution).id());
    }
}
