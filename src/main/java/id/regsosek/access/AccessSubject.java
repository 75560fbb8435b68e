package id.regsosek.access;

import id.regsosek.common.InstanceSubject;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The SLS an sls-access instance is about: its business key (the SLS code) in the instance's regency. */
@Component
public class AccessSubject {

    /** The SLS row behind the instance. */
    public record Sls(long id, String code, String district, String regency) {
    }

    private final JdbcTemplate jdbc;

    public AccessSubject(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Sls of(VariableScope scope) {
        String code = InstanceSubject.ownedKey(scope);
        String regency = InstanceSubject.tenant(scope);
        return jdbc.query("select id, district_code from sls where code = ? and regency_code = ?",
                        (rs, i) -> new Sls(rs.getLong(1), code, rs.getString(2), regency), code, regency)
                .stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("SLS " + code + " not in regency " + regency));
    }
}
