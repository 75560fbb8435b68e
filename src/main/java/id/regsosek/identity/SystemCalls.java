package id.regsosek.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs a step that the system does on a user's behalf (creating a regency's tenant while its admin imports the
 * frame, resolving a login) without that user's engine authorizations, then restores them.
 */
public final class SystemCalls {

    private SystemCalls() {
    }

    public static <T> T asSystem(IdentityService identity, Supplier<T> work) {
        Authentication current = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            }
        }
    }
}
