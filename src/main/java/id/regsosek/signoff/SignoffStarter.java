package id.regsosek.signoff;

import id.regsosek.identity.SystemCalls;
import org.camunda.bpm.engine.IdentityService;
import id.regsosek.identity.TenantFromRegency;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Starts an SLS's sign-off when its field work starts, and tells it when its families may all be final: called
 * in the same transaction as the step that made a family final, it correlates only when none is left open.
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
        repository.status(slsId, regency, "FIELDWORK");
        return SystemCalls.asSystem(identity, () -> runtime.startProcessInstanceByKey(AreaSignoffProcess.KEY,
                (String) AreaSummaries.get(sls, "code"),
                // The SLS is the business key; the district is for Tasklist filters only.
                Map.of(TenantFromRegency.REGENCY_VARIABLE, regency,
                        AreaSignoffProcess.VAR_DISTRICT, AreaSummaries.get(sls, "district_code"))));
    }

    /** @return true when the SLS's sign-off was waiting and now moves on to the PML */
    public boolean familiesChanged(long slsId) {
        if (!repository.allFinal(slsId)) {
            return false;
        }
        String code = (String) AreaSummaries.get(repository.sls(slsId), "code");
        return SystemCalls.asSystem(identity, () -> {
            var waiting = runtime.createExecutionQuery().processInstanceBusinessKey(code)
                    .messageEventSubscriptionName(AreaSignoffProcess.MESSAGE_ALL_FINAL).count();
            if (waiting == 0) {
                return false; // not waiting (yet): its own check on arrival, or the periodic re-check, sees it
            }
            runtime.createMessageCorrelation(AreaSignoffProcess.MESSAGE_ALL_FINAL).processInstanceBusinessKey(code)
                    .correlateWithResult();
            return true;
        });
    }
}
