package id.regsosek.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.identity.Groups;
import id.regsosek.support.AppTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The start-up sync of the shared filters: idempotent, updates what changed, removes what the code dropped. */
class FilterSyncTest extends AppTest {

    @Autowired
    private FilterSync sync;
    @Autowired
    private FilterService filters;
    @Autowired
    private TaskService tasks;
    @Autowired
    private AuthorizationService authorizations;
    @Autowired
    private TasklistFilters definitions;

    private Filter named(String name) {
        return filters.createFilterQuery().filterName(name).singleResult();
    }

    private int revision(String name) {
        return ((FilterEntity) named(name)).getRevision();
    }

    @Test
    void aSecondStartChangesNothing() {
        Map<String, Integer> before = new HashMap<>();
        definitions.all().forEach(f -> before.put(f.name(), revision(f.name())));
        sync.run(null);
        definitions.all().forEach(f -> assertThat(revision(f.name())).as(f.name()).isEqualTo(before.get(f.name())));
        assertThat(filters.createFilterQuery().filterName(TasklistFilters.PPL_TODAY).count()).isEqualTo(1);
    }

    @Test
    void aChangedFilterIsPutBackADroppedOneRemovedAndOthersLeftAlone() {
        Filter today = named(TasklistFilters.PPL_TODAY);
        today.setQuery(tasks.createTaskQuery().taskAssignee("someone"));
        filters.saveFilter(today);
        Filter dropped = filters.newTaskFilter("Filter lama").setQuery(tasks.createTaskQuery())
                .setProperties(Map.of(TaskFilter.CODE, "old-one"));
        filters.saveFilter(dropped);
        Filter twin = filters.newTaskFilter(TasklistFilters.PPL_TODAY).setQuery(tasks.createTaskQuery())
                .setProperties(Map.of(TaskFilter.CODE, "ppl-today"));
        filters.saveFilter(twin);
        Filter personal = filters.newTaskFilter("Filter pribadi").setOwner("admin").setQuery(tasks.createTaskQuery());
        filters.saveFilter(personal);
        Authorization extra = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        extra.setGroupId(Groups.MANAGER);
        extra.setResource(Resources.FILTER);
        extra.setResourceId(today.getId());
        extra.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
        authorizations.saveAuthorization(extra);

        sync.run(null);

        assertThat(((FilterEntity) named(TasklistFilters.PPL_TODAY)).getQueryInternal()).contains("currentUser()")
                .doesNotContain("someone");
        assertThat(filters.getFilter(dropped.getId())).isNull();
        assertThat(filters.createFilterQuery().filterName(TasklistFilters.PPL_TODAY).count()).isEqualTo(1);
        assertThat(filters.getFilter(personal.getId())).isNotNull();
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(named(TasklistFilters.PPL_TODAY).getId()).list()).extracting(Authorization::getGroupId)
                .containsExactly(Groups.PPL);
        filters.deleteFilter(personal.getId());
    }

    @Test
    void noGroupReadsEveryFilter() {
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId("*")
                .list()).extracting(Authorization::getGroupId).doesNotContainAnyElementsOf(List.copyOf(
                Groups.NAMES.keySet()));
    }
}
