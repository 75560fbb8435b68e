package id.regsosek.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The recruitment staff's lists per step and district: Tasklist ties a shared filter to a step, not to a district
 * (a filter per district and step would be 23 x 4 in the filter column), so this board counts each step's filter
 * per district and links each count into Tasklist with that filter and a search on the task's district column.
 * Counts run through the filters as the logged-in person: their authorizations and regency apply.
 */
@Component
public class StaffDistricts {

    public record Step(String name, String filterId) {
    }

    public record Cell(long count, String link) {
    }

    public record Row(String code, String name, List<Cell> cells, long total) {
    }

    public record Board(List<Step> steps, List<Row> rows) {
    }

    private static final String TASKLIST = "/camunda/app/tasklist/default/#/?filter=";
    private final FilterService filters;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public StaffDistricts(FilterService filters, TaskService tasks, JdbcTemplate jdbc) {
        this.filters = filters;
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    public Board board(String regency) {
        List<Step> steps = new ArrayList<>();
        // The filters this person may read (a few dozen at most; the engine refuses unbounded lists).
        List<Filter> readable = filters.createTaskFilterQuery().listPage(0, 500);
        for (String code : TasklistFilters.STAFF_STEPS) {
            readable.stream().filter(f -> code.equals(property(f)))
                    .findFirst().ifPresent(f -> steps.add(new Step(f.getName(), f.getId())));
        }
        List<Row> rows = new ArrayList<>();
        for (Map<String, Object> d : jdbc.queryForList("select code, name from district where regency_code = ?"
                + " order by code", regency)) {
            String code = (String) d.get("code");
            List<Cell> cells = new ArrayList<>();
            long total = 0;
            for (Step step : steps) {
                long n = filters.count(step.filterId(), tasks.createTaskQuery()
                        .taskVariableValueEquals(TaskColumns.DISTRICT, code));
                cells.add(new Cell(n, TASKLIST + step.filterId() + "&searchQuery=" + search(code)));
                total += n;
            }
            rows.add(new Row(code, (String) d.get("name"), cells, total));
        }
        return new Board(steps, rows);
    }

    private static Object property(Filter f) {
        return f.getProperties() == null ? null : f.getProperties().get(TaskFilter.CODE);
    }

    /** Tasklist's search in its address: the task's district column equal to this code. */
    private String search(String district) {
        try {
            String query = json.writeValueAsString(List.of(Map.of("type", "taskVariables", "operator", "eq",
                    "name", TaskColumns.DISTRICT, "value", district)));
            return URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
