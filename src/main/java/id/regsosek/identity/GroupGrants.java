package id.regsosek.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * What each group may do in the engine (tenants restrict it further to the user's regency). Exactly these: the
 * bootstrap sets each (group, resource, id) to the permissions listed and removes the grants older versions gave
 * ({@link #REVOKED}). Reading is broad; writing is narrow: tasks are granted by the engine to their assignee and
 * candidate groups when they are created (the routing the processes define), a regency admin starts the three
 * processes meant to be started from Tasklist and may retry a failed job. Definitions, deployments, batches,
 * modification and migration belong to the system administrator ({@code camunda-admin}) alone.
 */
final class GroupGrants {

    record Grant(String group, Resource resource, String resourceId, Permission... permissions) {
    }

    /** Processes a regency admin starts from Tasklist (with their start forms); the system starts the others. */
    static final List<String> STARTED_BY_REGENCY_ADMIN = List.of("recruitment-campaign", "ranking-handover",
            "area-assignment");

    /** Grants of earlier versions that must not survive an upgrade: (group, resource, id). */
    static final List<Grant> REVOKED = new ArrayList<>(List.of(
            new Grant(Groups.REGENCY_ADMIN, Resources.BATCH, "*"),
            new Grant(Groups.REGENCY_ADMIN, Resources.TASK, "*"),
            new Grant(Groups.RECRUITMENT_STAFF, Resources.PROCESS_INSTANCE, "*")));

    static {
        // Filters are granted one by one to the groups they are for (tasklist.FilterSync), no longer all to all.
        Groups.NAMES.keySet().forEach(g -> REVOKED.add(new Grant(g, Resources.FILTER, "*")));
    }

    private GroupGrants() {
    }

    static List<Grant> all() {
        List<Grant> grants = new ArrayList<>();
        for (String group : Groups.NAMES.keySet()) {
            grants.add(new Grant(group, Resources.APPLICATION, "tasklist", ACCESS));
            grants.add(new Grant(group, Resources.DECISION_DEFINITION, "*", READ));
            // The groups are the same in every regency; users are not listed (they belong to one regency each).
            grants.add(new Grant(group, Resources.GROUP, "*", READ));
            if (!group.equals(Groups.REGENCY_ADMIN) && !group.equals(Groups.MANAGER)) {
                grants.add(new Grant(group, Resources.PROCESS_DEFINITION, "*", READ));
            }
        }
        grants.add(new Grant(Groups.REGENCY_ADMIN, Resources.APPLICATION, "cockpit", ACCESS));
        grants.add(new Grant(Groups.REGENCY_ADMIN, Resources.PROCESS_DEFINITION, "*", READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK, READ_HISTORY,
                ProcessDefinitionPermissions.RETRY_JOB));
        for (String key : STARTED_BY_REGENCY_ADMIN) {
            grants.add(new Grant(Groups.REGENCY_ADMIN, Resources.PROCESS_DEFINITION, key, READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE));
        }
        grants.add(new Grant(Groups.REGENCY_ADMIN, Resources.PROCESS_INSTANCE, "*", READ, CREATE));
        grants.add(new Grant(Groups.REGENCY_ADMIN, Resources.DEPLOYMENT, "*", READ));
        grants.add(new Grant(Groups.REGENCY_ADMIN, Resources.DECISION_DEFINITION, "*", READ, READ_HISTORY));

        grants.add(new Grant(Groups.MANAGER, Resources.APPLICATION, "cockpit", ACCESS));
        grants.add(new Grant(Groups.MANAGER, Resources.PROCESS_DEFINITION, "*", READ, READ_HISTORY,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK));
        grants.add(new Grant(Groups.MANAGER, Resources.PROCESS_INSTANCE, "*", READ));
        grants.add(new Grant(Groups.MANAGER, Resources.TASK, "*", READ));
        grants.add(new Grant(Groups.MANAGER, Resources.DEPLOYMENT, "*", READ));
        grants.add(new Grant(Groups.MANAGER, Resources.DECISION_DEFINITION, "*", READ, READ_HISTORY));
        return grants;
    }
}
