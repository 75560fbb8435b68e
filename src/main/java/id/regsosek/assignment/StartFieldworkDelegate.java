package id.regsosek.assignment;

import id.regsosek.access.SlsAccessStarter;
import id.regsosek.signoff.SignoffStarter;
import id.regsosek.visit.VisitSettings;
import id.regsosek.visit.VisitStarter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One chunk of an approved district's field work: household visits for up to {@code regsosek.visit.start-chunk}
 * families, or once none is left, the sign-offs of up to as many SLS. The step is asynchronous and loops while it
 * found a full chunk, so a district of tens of thousands of families commits in many short jobs, a failure
 * retries one chunk, and nothing starts twice (both starters skip what runs already). SLS that need the building
 * management's permission get their access step first; their visits start when it is granted.
 */
@Component("startFieldwork")
public class StartFieldworkDelegate implements JavaDelegate {

    private final VisitStarter visits;
    private final SignoffStarter signoffs;
    private final VisitSettings settings;
    private final JdbcTemplate jdbc;
    private final SlsAccessStarter access;

    public StartFieldworkDelegate(VisitStarter visits, SignoffStarter signoffs, VisitSettings settings,
                                  JdbcTemplate jdbc, SlsAccessStarter access) {
        this.access = access;
        this.visits = visits;
        this.signoffs = signoffs;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String district = AssignmentVariables.district(execution);
        int chunk = settings.startChunk();
        access.startForDistrict(district);
        boolean left = visits.startChunkForDistrict(district) == chunk;
        if (!left) {
            List<Long> slsIds = jdbc.queryForList("select a.sls_id from sls_assignment a where a.district_code = ?"
                    + " and a.status = 'APPROVED' and not exists (select 1 from sls_signoff o where o.sls_id ="
                    + " a.sls_id) order by a.sls_id fetch first " + chunk + " rows only", Long.class, district);
            slsIds.forEach(signoffs::startForSls);
            left = slsIds.size() == chunk;
        }
        execution.setVariable(AreaAssignmentProcess.FIELDWORK_LEFT, left);
    }
}
