package id.regsosek.tasklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * One shared Tasklist filter: its stable code (the {@value #CODE} property that marks it as ours), name, order,
 * the groups that may read it, its query and the task variables it shows as columns.
 */
public record TaskFilter(String code, String name, String description, int priority, List<String> groups,
                         TaskQuery query, List<String> columns) {

    /** The filter property holding the code: filters without it are not ours and are left alone. */
    public static final String CODE = "regsosekFilter";

    /** Tasklist's filter properties: order, refresh, description, columns; undefined columns stay hidden. */
    Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(CODE, code);
        p.put("priority", priority);
        p.put("refresh", true);
        p.put("description", description);
        List<Map<String, Object>> variables = new ArrayList<>();
        for (String column : columns) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("name", column);
            v.put("label", TaskColumns.label(column));
            variables.add(v);
        }
        p.put("variables", variables);
        p.put("showUndefinedVariable", false);
        return p;
    }
}
