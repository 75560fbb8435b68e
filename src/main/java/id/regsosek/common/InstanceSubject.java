package id.regsosek.common;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What an instance is about, as the system wrote it when it started the instance: its business key and its tenant
 * (the regency). Neither can be changed through the engine's APIs afterwards, unlike variables, so delegates and
 * listeners take their family, SLS, district or campaign from here and check at every step that the code belongs
 * to the instance's regency ({@code 32.16.01...} and {@code 32.16-2022} belong to {@code 32.16}).
 */
public final class InstanceSubject {

    private InstanceSubject() {
    }

    public static String businessKey(VariableScope scope) {
        String key = scope instanceof DelegateTask t ? t.getExecution().getProcessBusinessKey()
                : ((DelegateExecution) scope).getProcessBusinessKey();
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("instance has no business key: its subject is unknown");
        }
        return key;
    }

    public static String tenant(VariableScope scope) {
        String tenant = scope instanceof DelegateTask t ? t.getTenantId() : ((DelegateExecution) scope).getTenantId();
        if (tenant == null || tenant.isBlank()) {
            throw new IllegalStateException("instance belongs to no regency (no tenant)");
        }
        return tenant;
    }

    /** The business key, refused unless it is a code of the instance's own regency. */
    public static String ownedKey(VariableScope scope) {
        return requireOwned(businessKey(scope), tenant(scope));
    }

    /** A code ({@code 32.16.01...}) or campaign key ({@code 32.16-2022}) of the regency, else an error. */
    public static String requireOwned(String code, String regency) {
        boolean owned = code != null && regency != null && (code.equals(regency) || code.startsWith(regency + ".")
                || code.startsWith(regency + "-"));
        if (!owned) {
            throw new IllegalStateException("code " + code + " does not belong to regency " + regency);
        }
        return code;
    }
}
