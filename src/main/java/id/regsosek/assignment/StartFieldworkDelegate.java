package id.regsosek.assignment;

import id.regsosek.signoff.SignoffStarter;
import id.regsosek.visit.VisitStarter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The approved district goes to the field: a household visit for every family of its approved SLS (in chunks),
 * and the sign-off of each SLS, which waits for its families. Own async step: a district can have tens of
 * thousands of families; a failure is retried and nothing starts twice (both starters skip what runs already).
 */
@Component("startFieldwork")
public class StartFieldworkDelegate implements JavaDelegate {

    private final VisitStarter visits;
    private final SignoffStarter signoffs;
    private final JdbcTemplate jdbc;

    public StartFieldworkDelegate(VisitStarter visits, SignoffStarter signoffs, JdbcTemplate jdbc) {
        this.visits = visits;
        this.signoffs = signoffs;
        this.jdbc = jdbc;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String district = AssignmentVariables.district(execution);
        visits.startVisitsForDistrict(district);
        List<Long> slsIds = jdbc.queryForList("select a.sls_id from sls_assignment a where a.district_code = ?"
                + " and a.status = 'APPROVED' and not exists (select 1 from sls_signoff o where o.sls_id = a.sls_id)"
                + " order by a.sls_id", Long.class, district);
        slsIds.forEach(signoffs::startForSls);
    }
}
