package id.regsosek.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;

/**
 * Who is calling: the Camunda user id, its groups and its regency (the tenant). Each user belongs to one regency;
 * a user of none (a system administrator) can use the engine's own apps but none of a regency's data.
 */
public record RegsosekUser(String userId, List<String> groups, List<String> tenantIds)
        implements Principal, Serializable {

    public RegsosekUser {
        groups = List.copyOf(groups);
        tenantIds = List.copyOf(tenantIds);
    }

    @Override
    public String getName() {
        return userId;
    }

    public boolean inGroup(String group) {
        return groups.contains(group);
    }

    /** The user's regency code, or null for a user bound to none (or, wrongly, to several). */
    public String regency() {
        return tenantIds.size() == 1 ? tenantIds.get(0) : null;
    }
}
