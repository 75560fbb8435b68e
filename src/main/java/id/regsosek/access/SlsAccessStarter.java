package id.regsosek.access;

import id.regsosek.identity.SystemCalls;
import id.regsosek.identity.TenantFromRegency;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * When a district's visits start, every approved SLS of it that needs the building management's permission gets
 * its sls-access instance (once: the sls_access row is written first and its key forbids a second), and its
 * visits are held back until the permission is granted (VisitStarter skips SLS without a granted row).
 */
@Service
public class SlsAccessStarter {

    private record Pending(long id, String code, String name, String kind, String district, String regency) {
    }

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final AccessRows rows;

    public SlsAccessStarter(JdbcTemplate jdbc, RuntimeService runtime, IdentityService identity, AccessRows rows) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.identity = identity;
        this.rows = rows;
    }

    /** @return how many access steps were started */
    public int startForDistrict(String district) {
        List<Pending> pending = jdbc.query("select s.id, s.code, s.name, s.access_kind, s.district_code,"
                + " s.regency_code from sls s join sls_assignment a on a.sls_id = s.id and a.status = 'APPROVED'"
                + " where s.district_code = ? and s.access_kind is not null and not exists (select 1 from sls_access x"
                + " where x.sls_id = s.id) order by s.code", (rs, i) -> new Pending(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)), district);
        int started = 0;
        for (Pending p : pending) {
            if (rows.ask(p.id(), p.regency())) {
                SystemCalls.asSystem(identity, () -> runtime.startProcessInstanceByKey(SlsAccessProcess.KEY,
                        p.code(), Map.of(TenantFromRegency.REGENCY_VARIABLE, p.regency(),
                                SlsAccessProcess.VAR_DISTRICT, p.district(),
                                SlsAccessProcess.VAR_SLS_INFO, "SLS " + p.code() + " " + p.name() + " ("
                                        + p.kind().replace('_', ' ').toLowerCase() + ")")));
                started++;
            }
        }
        return started;
    }
}
