package id.regsosek.recruitment;

import id.regsosek.common.InstanceSubject;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a recruitment, selection or training instance is about, from what the system wrote when it started it:
 * the candidate row that records the instance (officer-recruitment), or the business key
 * ({@code 32.16-2022/32.16.01} for a district's selection, {@code 32.16-2022/32.16.01/K1} for a class), always
 * checked against the instance's regency. Never a variable, which a person could have sent.
 */
@Component
public class RecruitmentSubject {

    /** A district's selection: campaign and district. */
    public record Selection(String campaign, String district) {
    }

    private final JdbcTemplate jdbc;

    public RecruitmentSubject(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long candidateId(VariableScope scope) {
        String instance = scope instanceof DelegateTask t ? t.getProcessInstanceId()
                : ((DelegateExecution) scope).getProcessInstanceId();
        String regency = InstanceSubject.tenant(scope);
        return jdbc.queryForList("select id from officer_candidate where process_instance_id = ? and"
                        + " regency_code = ?", Long.class, instance, regency).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no candidate of regency " + regency
                        + " is recorded for recruitment instance " + instance));
    }

    public Selection selection(VariableScope scope) {
        String key = InstanceSubject.ownedKey(scope);
        int slash = key.indexOf('/');
        if (slash < 0) {
            throw new IllegalStateException("selection key " + key + " is not campaign/district");
        }
        String district = InstanceSubject.requireOwned(key.substring(slash + 1), InstanceSubject.tenant(scope));
        return new Selection(key.substring(0, slash), district);
    }

    /** A training class: its key, and the campaign the class row names. */
    public String classKey(VariableScope scope) {
        return InstanceSubject.ownedKey(scope);
    }
}
