package id.regsosek.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On every start: the engine's shared filters are exactly {@link TasklistFilters}. Ours carry the
 * {@value TaskFilter#CODE} property (the two filters of earlier versions are adopted by name); one whose query or
 * properties changed is updated, one the code no longer defines is removed (with its grants), and each is
 * readable by exactly its groups (READ on that filter id; no group reads every filter).
 */
@Component
@Order(2)
public class FilterSync implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FilterSync.class);

    private final FilterService filters;
    private final AuthorizationService authorizations;
    private final TasklistFilters definitions;
    private final ObjectMapper json = new ObjectMapper();

    public FilterSync(FilterService filters, AuthorizationService authorizations, TasklistFilters definitions) {
        this.filters = filters;
        this.authorizations = authorizations;
        this.definitions = definitions;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<TaskFilter> wanted = definitions.all();
        Map<String, Filter> ours = new HashMap<>();
        Set<String> wantedNames = new HashSet<>();
        wanted.forEach(w -> wantedNames.add(w.name()));
        for (Filter f : filters.createTaskFilterQuery().list()) {
            Object code = f.getProperties() == null ? null : f.getProperties().get(TaskFilter.CODE);
            if (code != null && ours.containsKey(code.toString())) {
                // Two nodes started at once, each creating it: one is enough.
                filters.deleteFilter(f.getId());
            } else if (code != null) {
                ours.put(code.toString(), f);
            } else if (f.getOwner() == null && wantedNames.contains(f.getName())) {
                ours.putIfAbsent("name:" + f.getName(), f);
            }
        }
        for (TaskFilter w : wanted) {
            Filter existing = ours.remove(w.code());
            if (existing == null) {
                existing = ours.remove("name:" + w.name());
            }
            grant(save(existing, w), w.groups());
        }
        for (Filter gone : ours.values()) {
            filters.deleteFilter(gone.getId());
            log.info("removed the Tasklist filter {}", gone.getName());
        }
    }

    private String save(Filter existing, TaskFilter w) {
        FilterEntity fresh = (FilterEntity) filters.newTaskFilter(w.name()).setQuery(w.query())
                .setProperties(w.properties());
        if (existing == null) {
            filters.saveFilter(fresh);
            log.info("created the Tasklist filter {}", w.name());
            return fresh.getId();
        }
        FilterEntity old = (FilterEntity) existing;
        if (!Objects.equals(old.getName(), w.name()) || !sameJson(old.getQueryInternal(), fresh.getQueryInternal())
                || !sameJson(old.getPropertiesInternal(), fresh.getPropertiesInternal())) {
            old.setName(w.name());
            old.setQueryInternal(fresh.getQueryInternal());
            old.setPropertiesInternal(fresh.getPropertiesInternal());
            filters.saveFilter(old);
            log.info("updated the Tasklist filter {}", w.name());
        }
        return old.getId();
    }

    /** The engine keeps properties in its own key order: equal means equal as JSON, whatever the order. */
    private boolean sameJson(String a, String b) {
        try {
            return a != null && b != null && json.readTree(a).equals(json.readTree(b));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** READ for exactly these groups on the filter: grants to other groups are removed. */
    private void grant(String filterId, List<String> groups) {
        Set<String> missing = new HashSet<>(groups);
        for (Authorization a : authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(filterId).authorizationType(Authorization.AUTH_TYPE_GRANT).list()) {
            if (a.getGroupId() != null && !missing.remove(a.getGroupId())) {
                authorizations.deleteAuthorization(a.getId());
            }
        }
        for (String group : missing) {
            Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            a.setGroupId(group);
            a.setResource(Resources.FILTER);
            a.setResourceId(filterId);
            a.addPermission(Permissions.READ);
            authorizations.saveAuthorization(a);
        }
    }
}
