package id.regsosek.support;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;

/**
 * A shared Tasklist filter run as a user would run it: under the user's authentication (its groups and its
 * regency tenant, as our login hands them to the engine), so authorizations and the tenant check apply.
 */
public final class FilterAs {

    private final FilterService filters;
    private final IdentityService identity;

    public FilterAs(FilterService filters, IdentityService identity) {
        this.filters = filters;
        this.identity = identity;
    }

    public Filter filter(String name) {
        return filters.createFilterQuery().filterName(name).singleResult();
    }

    public long count(String user, String filterName) {
        String id = filter(filterName).getId();
        return as(user, () -> filters.count(id));
    }

    public List<String> names(String user, String filterName) {
        String id = filter(filterName).getId();
        return as(user, () -> filters.<Task>listPage(id, 0, 100).stream().map(Task::getName).toList());
    }

    /** The filters the user may read (what Tasklist lists on the left). */
    public List<String> visible(String user) {
        return as(user, () -> filters.createFilterQuery().listPage(0, 100).stream().map(Filter::getName).toList());
    }

    public <T> T as(String user, Supplier<T> call) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
                .toList();
        List<String> tenants = identity.createTenantQuery().userMember(user).list().stream().map(Tenant::getId)
                .toList();
        identity.setAuthentication(user, groups, tenants);
        try {
            return call.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
