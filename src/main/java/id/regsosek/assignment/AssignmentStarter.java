package id.regsosek.assignment;

import id.regsosek.identity.SystemCalls;
import id.regsosek.identity.TenantFromRegency;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Starts a district's assignment and reports dropouts into it, on behalf of a regency admin whose group and
 * regency the caller has checked. Also what another feature calls (or it correlates the messages itself).
 */
@Service
public class AssignmentStarter {

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Officers officers;

    public AssignmentStarter(RuntimeService runtime, IdentityService identity, Officers officers) {
        this.runtime = runtime;
        this.identity = identity;
        this.officers = officers;
    }

    /** @return the process instance id */
    public String start(String regency, String district, String userId) {
        return SystemCalls.asSystem(identity, () -> {
            if (runtime.createProcessInstanceQuery().processDefinitionKey(AreaAssignmentProcess.KEY)
                    .processInstanceBusinessKey(district).count() > 0) {
                throw new IllegalStateException("the assignment of district " + district + " is already running");
            }
            return runtime.createProcessInstanceByKey(AreaAssignmentProcess.KEY).businessKey(district)
                    .setVariables(Map.of(TenantFromRegency.REGENCY_VARIABLE, regency,
                            AreaAssignmentProcess.DISTRICT_CODE, district, "startedBy", userId))
                    .execute().getId();
        });
    }

    public void dropout(Officers.Officer officer, String reason, String userId) {
        if (!officer.active()) {
            throw new IllegalStateException("officer " + officer.code() + " has already dropped out");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a dropout needs a reason");
        }
        SystemCalls.asSystem(identity, () -> {
            try {
                runtime.createMessageCorrelation(AreaAssignmentProcess.MESSAGE_OFFICER_DROPOUT)
                        .processInstanceBusinessKey(officer.districtCode())
                        .setVariable(AreaAssignmentProcess.OFFICER_ID, officer.id())
                        .setVariable(AreaAssignmentProcess.REASON, reason)
                        .setVariable(AreaAssignmentProcess.REPORTED_BY, userId).correlate();
            } catch (MismatchingMessageCorrelationException e) {
                throw new IllegalStateException("no running assignment for district " + officer.districtCode()
                        + ": start it first", e);
            }
            return null;
        });
    }

    Officers.Officer officer(String code) {
        return officers.byCode(code);
    }
}
