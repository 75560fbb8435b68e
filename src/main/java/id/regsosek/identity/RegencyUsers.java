package id.regsosek.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/** Creates a regency's users in Camunda identity: one group (its role) and one tenant (its regency) each. */
@Service
public class RegencyUsers {

    public record NewUser(String id, String firstName, String lastName, String email, String password,
                          String group, String regency) {
    }

    private final IdentityService identity;
    private final RegencyTenants tenants;

    public RegencyUsers(IdentityService identity, RegencyTenants tenants) {
        this.identity = identity;
        this.tenants = tenants;
    }

    /** Creates the user if missing (keeping an existing user's password) and ensures its group and regency. */
    public void ensure(NewUser u) {
        if (!Groups.NAMES.containsKey(u.group())) {
            throw new IllegalArgumentException("unknown group " + u.group() + "; groups: " + Groups.NAMES.keySet());
        }
        if (!tenants.exists(u.regency())) {
            throw new IllegalArgumentException("unknown regency " + u.regency() + ": import its area frame first");
        }
        SystemCalls.asSystem(identity, () -> {
            if (identity.createUserQuery().userId(u.id()).count() == 0) {
                User user = identity.newUser(u.id());
                user.setFirstName(u.firstName());
                user.setLastName(u.lastName());
                user.setEmail(u.email());
                user.setPassword(u.password());
                identity.saveUser(user);
            }
            if (identity.createUserQuery().userId(u.id()).memberOfGroup(u.group()).count() == 0) {
                identity.createMembership(u.id(), u.group());
            }
            if (identity.createTenantQuery().userMember(u.id()).tenantId(u.regency()).count() == 0) {
                identity.createTenantUserMembership(u.regency(), u.id());
            }
            return null;
        });
    }
}
