package id.regsosek.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Process definitions are shared by all regencies; each instance belongs to one regency. Its tenant comes from the
 * {@code regencyCode} variable it is started with, else from the starting user's regency, else from the instance
 * that called it (a sub-process runs in its parent's regency).
 */
@Component
public class TenantFromRegency extends AbstractProcessEnginePlugin implements TenantIdProvider {

    public static final String REGENCY_VARIABLE = "regencyCode";

    private IdentityService identity;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(this);
    }

    @Override
    public void postProcessEngineBuild(org.camunda.bpm.engine.ProcessEngine engine) {
        this.identity = engine.getIdentityService();
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        Authentication auth = identity == null ? null : identity.getCurrentAuthentication();
        List<String> tenants = auth == null || auth.getTenantIds() == null ? List.of() : auth.getTenantIds();
        Object regency = ctx.getVariables() == null ? null : ctx.getVariables().get(REGENCY_VARIABLE);
        if (regency instanceof String code && !code.isBlank()) {
            // A user may start work only in its own regency; the system (no user) may start it anywhere.
            if (!tenants.isEmpty() && !tenants.contains(code)) {
                throw new ProcessEngineException("regency " + code + " is not yours (you work for "
                        + String.join(", ", tenants) + ")");
            }
            return code;
        }
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        return tenants.size() == 1 ? tenants.get(0) : null;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        if (ctx.getExecution() != null) {
            return ctx.getExecution().getTenantId();
        }
        return null;
    }
}
