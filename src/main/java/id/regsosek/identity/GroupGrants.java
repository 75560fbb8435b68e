package id.regsosek.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * What each group may do in the engine (tenants restrict it further to the user's regency). Tasks are not listed:
 * the engine grants a task to its assignee and candidate groups when it is created, which is exactly the routing
 * the processes define.
 */
final class GroupGrants {

    record Grant(String group, Resource resource, String resourceId, Permission... permissions) {
    }

    private GroupGrants() {
    }

    static List<Grant> all() {
        List<Grant> grants = new ArrayList<>();
        for (String group : Groups.NAMES.keySet()) {
            grants.add(new Grant(group, Resources.APPLICATION, "tasklist", ACCESS));
            grants.add(new Grant(group, Resources.FILTER, "*", READ));
            grants.add(new Grant(group, Resources.PROCESS_DEFINITION, "*", READ));
            grants.add(new Grant(group, Resources.DECISION_DEFINITION, "*", READ));
            // The groups are the same in every regency; users are not listed (they belong to one regency each).
            grants.add(new Grant(group, Resources.GROUP, "*", READ));
        }
        grants.add(new Grant(Groups.RECRUITMENT_STAFF, Resources.PROCESS_DEFINITION, "*", READ, CREATE_INSTANCE));
        grants.add(new Grant(Groups.RECRUITMENT_STAFF, Resources.PROCESS_INSTANCE, "*", CREATE));

        grants.add(new Grant(Groups.REGENCY_ADMIN, Resources.APPLICATION, "cockpit", ACCESS));
        grants.add(new Grant(Groups.REGENCY_ADMIN, Resources.PROCESS_DEFINITION, "*", ALL));
        grants.add(new Grant(Groups.REGENCY_ADMIN, Resources.PROCESS_INSTANCE, "*", ALL));
        grants.add(new Grant(Groups.REGENCY_ADMIN, Resources.TASK, "*", ALL));
        grants.add(new Grant(Groups.REGENCY_ADMIN, Resources.DEPLOYMENT, "*", READ));
        grants.add(new Grant(Groups.REGENCY_ADMIN, Resources.BATCH, "*", ALL));
        grants.add(new Grant(Groups.REGENCY_ADMIN, Resources.DECISION_DEFINITION, "*", READ, READ_HISTORY));

        grants.add(new Grant(Groups.MANAGER, Resources.APPLICATION, "cockpit", ACCESS));
        grants.add(new Grant(Groups.MANAGER, Resources.PROCESS_DEFINITION, "*", READ, READ_HISTORY,
                READ_INSTANCE, READ_TASK));
        grants.add(new Grant(Groups.MANAGER, Resources.PROCESS_INSTANCE, "*", READ));
        grants.add(new Grant(Groups.MANAGER, Resources.TASK, "*", READ));
        grants.add(new Grant(Groups.MANAGER, Resources.DEPLOYMENT, "*", READ));
        grants.add(new Grant(Groups.MANAGER, Resources.DECISION_DEFINITION, "*", READ, READ_HISTORY));
        return grants;
    }
}
