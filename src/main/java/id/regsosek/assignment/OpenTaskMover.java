package id.regsosek.assignment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * After a dropout is approved, every open task assigned to the departed officer's user moves on: a task of an
 * SLS (process variable {@code slsCode}) to whoever covers that SLS now in the same role, any other task of that
 * user in the regency to the officer who took over most of its SLS (or back to its candidate group when nobody
 * did). Runs in an async job (no user, so no 2000-row query cap) in pages, so no task stays in a departed
 * officer's list.
 */
@Service
public class OpenTaskMover {

    static final int PAGE = 500;
    private static final Logger log = LoggerFactory.getLogger(OpenTaskMover.class);

    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    private final Officers officers;

    public OpenTaskMover(JdbcTemplate jdbc, TaskService tasks, Officers officers) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.officers = officers;
    }

    /** @return how many tasks moved */
    public int move(long dropoutId) {
        Map<String, Object> dropout = jdbc.queryForMap("select officer_id, regency_code from officer_dropout"
                + " where id = ?", dropoutId);
        Officers.Officer old = officers.byId(((Number) dropout.get("officer_id")).longValue());
        String regency = (String) dropout.get("regency_code");
        if (old.userId() == null) {
            return 0;
        }
        String column = "PPL".equals(old.role()) ? "a.ppl_officer_id" : "a.pml_officer_id";
        Map<String, String> newUserOfSls = new LinkedHashMap<>();
        jdbc.query("select distinct s.code, o.user_id from assignment_move m join sls s on s.id = m.sls_id"
                + " join sls_assignment a on a.sls_id = m.sls_id join officer o on o.id = " + column
                + " where m.dropout_id = ? order by s.code", rs -> {
                    newUserOfSls.put(rs.getString(1), rs.getString(2));
                }, dropoutId);
        int moved = 0;
        Set<String> done = new HashSet<>();
        for (Map.Entry<String, String> e : newUserOfSls.entrySet()) {
            moved += reassign(tasks.createTaskQuery().taskAssignee(old.userId()).tenantIdIn(regency)
                    .processVariableValueEquals(AreaAssignmentProcess.SLS_CODE, e.getKey()), e.getValue(), old.userId(), done);
        }
        String successor = newUserOfSls.values().stream()
                .collect(java.util.stream.Collectors.groupingBy(u -> u, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        moved += reassign(tasks.createTaskQuery().taskAssignee(old.userId()).tenantIdIn(regency), successor,
                old.userId(), done);
        jdbc.update("update officer_dropout set tasks_moved = ?, moved_at = ? where id = ?", moved,
                Timestamp.from(Instant.now()), dropoutId);
        log.info("dropout {}: {} open task(s) of officer {} moved", dropoutId, moved, old.code());
        return moved;
    }

    /** Active officers who now cover an SLS moved in the dropout (after the Koseka's own moves). */
    public List<Long> receivers(long dropoutId) {
        return jdbc.queryForList("select distinct o.id, o.officer_code from assignment_move m join sls_assignment a"
                + " on a.sls_id = m.sls_id join officer o on o.id = (case when m.role = 'PPL' then a.ppl_officer_id"
                + " else a.pml_officer_id end) where m.dropout_id = ? and o.status = 'ACTIVE' order by o.officer_code",
                dropoutId).stream().map(r -> ((Number) r.get("id")).longValue()).toList();
    }

    /**
     * Pages through the query by offset and re-assigns each task once. The whole move runs in the job's one
     * transaction, so changed tasks still match the query until the end: {@code done} keeps them from being seen
     * twice (a task of an SLS moved first is not moved again to the successor).
     */
    private int reassign(TaskQuery query, String newUser, String oldUser, Set<String> done) {
        if (oldUser.equals(newUser)) {
            return 0;
        }
        int moved = 0;
        List<Task> page;
        query.orderByTaskId().asc();
        for (int offset = 0; !(page = query.listPage(offset, PAGE)).isEmpty(); offset += PAGE) {
            for (Task t : page) {
                if (done.add(t.getId())) {
                    tasks.setAssignee(t.getId(), newUser);
                    moved++;
                }
            }
        }
        return moved;
    }
}
