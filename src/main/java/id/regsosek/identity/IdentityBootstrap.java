package id.regsosek.identity;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On every start, on every database: the groups exist, each has its grants, and Tasklist has the two lists every
 * officer needs ("my tasks", "my groups' tasks"). Permissions are only ever added, so an administrator's extra
 * grants survive a restart.
 */
@Component
@Order(1)
public class IdentityBootstrap implements ApplicationRunner {

    public static final String FILTER_MINE = "Tugas saya";
    public static final String FILTER_GROUPS = "Tugas kelompok saya";

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    public IdentityBootstrap(IdentityService identity, AuthorizationService authorizations, FilterService filters,
                             TaskService tasks) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Map.Entry<String, String> g : Groups.NAMES.entrySet()) {
            if (identity.createGroupQuery().groupId(g.getKey()).count() == 0) {
                Group group = identity.newGroup(g.getKey());
                group.setName(g.getValue());
                group.setType("WORKFLOW");
                identity.saveGroup(group);
                log.info("created group {}", g.getKey());
            }
        }
        GroupGrants.all().forEach(this::ensure);
        ensureFilter(FILTER_MINE, -10, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensureFilter(FILTER_GROUPS, -5, tasks.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
    }

    /** Adds the grant's permissions to the group's authorization on that resource, creating it if missing. */
    private void ensure(GroupGrants.Grant grant) {
        Authorization a = authorizations.createAuthorizationQuery().groupIdIn(grant.group())
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(grant.resource()).resourceId(grant.resourceId()).singleResult();
        boolean changed = false;
        if (a == null) {
            a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            a.setGroupId(grant.group());
            a.setResource(grant.resource());
            a.setResourceId(grant.resourceId());
            changed = true;
        }
        for (var p : grant.permissions()) {
            if (!a.isPermissionGranted(p)) {
                a.addPermission(p);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(a);
        }
    }

    private void ensureFilter(String name, int priority, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() == 0) {
            Filter filter = filters.newTaskFilter(name).setQuery(query)
                    .setProperties(Map.of("priority", priority, "refresh", true));
            filters.saveFilter(filter);
        }
    }
}
