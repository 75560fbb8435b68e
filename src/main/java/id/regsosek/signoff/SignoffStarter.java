package id.regsosek.signoff;

import id.regsosek.identity.SystemCalls;
import org.camunda.bpm.engine.IdentityService;
import id.regsosek.identity.TenantFromRegency;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Starts an SLS's sign-off when its field work starts. It learns that its families are all final from the household
 * visits' message {@value AreaSignoffProcess#MESSAGE_SLS_FAMILIES_FINAL} (or its own periodic re-check).
 */
@Service
public class SignoffStarter {

    private final RuntimeService runtime;
    private final SignoffRepository repository;

    private final IdentityService identity;

    public SignoffStarter(RuntimeService runtime, SignoffRepository repository, IdentityService identity) {
        this.identity = identity;
        this.runtime = runtime;
        this.repository = repository;
    }

    public ProcessInstance startForSls(long slsId) {
        Map<String, Object> sls = repository.sls(slsId);
        String regency = (String) AreaSummaries.get(sls, "regency_code");
        repository.status(slsId, regency, SignoffState.FIELDWORK);
        return SystemCalls.asSystem(identity, () -> runtime.startProcessInstanceByKey(AreaSignoffProcess.KEY,
                (String) AreaSummaries.get(sls, "code"),
                // The SLS is the business key; the district is for Tasklist filters only.
                Map.of(TenantFromRegency.REGENCY_VARIABLE, regency,
                        AreaSignoffProcess.VAR_DISTRICT, AreaSummaries.get(sls, "district_code"))));
    }
}
