package id.regsosek.identity;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On every start, on every database: the groups exist, each has exactly its grants ({@link GroupGrants}: a grant
 * on another resource, added by the system administrator, is left alone). Tasklist's shared filters are
 * {@code tasklist.FilterSync}'s.
 */
@Component
@Order(1)
public class IdentityBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    public IdentityBootstrap(IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
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
        GroupGrants.REVOKED.forEach(this::revoke);
        GroupGrants.all().forEach(this::ensure);
    }

    /** Sets the group's authorization on that resource to exactly the grant's permissions (none more). */
    private void ensure(GroupGrants.Grant grant) {
        Authorization a = find(grant);
        if (a == null) {
            a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            a.setGroupId(grant.group());
            a.setResource(grant.resource());
            a.setResourceId(grant.resourceId());
        }
        a.setPermissions(grant.permissions());
        authorizations.saveAuthorization(a);
    }

    private void revoke(GroupGrants.Grant grant) {
        Authorization a = find(grant);
        if (a != null) {
            authorizations.deleteAuthorization(a.getId());
            log.info("revoked the grant on {} {} of group {}", grant.resource().resourceName(), grant.resourceId(),
                    grant.group());
        }
    }

    private Authorization find(GroupGrants.Grant grant) {
        return authorizations.createAuthorizationQuery().groupIdIn(grant.group())
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(grant.resource()).resourceId(grant.resourceId()).singleResult();
    }
}
