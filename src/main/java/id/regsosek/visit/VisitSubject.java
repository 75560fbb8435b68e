package id.regsosek.visit;

import id.regsosek.common.InstanceSubject;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The family a household-visit instance is about: its business key (the family id) in the instance's regency,
 * with the family's SLS as our table has it. Never a variable, which a person could have sent.
 */
@Component
public class VisitSubject {

    /** The family row behind the instance. */
    public record Family(long id, long slsId, String regency) {
    }

    private final JdbcTemplate jdbc;

    public VisitSubject(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Family of(VariableScope scope) {
        String key = InstanceSubject.businessKey(scope);
        String regency = InstanceSubject.tenant(scope);
        if (!key.matches("\\d{1,18}")) {
            throw new IllegalStateException("household-visit business key " + key + " is not a family id");
        }
        long id = Long.parseLong(key);
        return jdbc.query("select sls_id from family where id = ? and regency_code = ?",
                        (rs, i) -> new Family(id, rs.getLong(1), regency), id, regency)
                .stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("family " + id + " not in regency " + regency));
    }
}
