package id.regsosek.visit;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Lists for field apps, from our tables and the visit_task read model: index range scans per officer. */
@Repository
public class VisitQueries {

    private static final String TASKS = "select t.task_id, t.kind, t.family_id, f.head_name, f.address, s.code,"
            + " t.created_at from visit_task t join family f on f.id = t.family_id join sls s on s.id = t.sls_id"
            + " where %s order by t.created_at, t.task_id offset ? rows fetch next ? rows only";
    private static final String FAMILIES = "select f.id, s.code, f.head_name, f.address, f.origin, f.prelist_status,"
            + " f.result_code, (select count(*) from visit_attempt va where va.family_id = f.id)"
            + " from family f join sls s on s.id = f.sls_id join sls_assignment a on a.sls_id = f.sls_id"
            + " join officer o on o.id = a.ppl_officer_id where o.user_id = ? and a.status = 'APPROVED'";

    private static final RowMapper<VisitApi.TaskItem> TASK = (rs, i) -> new VisitApi.TaskItem(rs.getString(1),
            rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getTimestamp(7).toInstant());
    private static final RowMapper<VisitApi.FamilyItem> FAMILY = (rs, i) -> new VisitApi.FamilyItem(rs.getLong(1),
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getObject(7, Integer.class), rs.getInt(8));

    private final JdbcTemplate jdbc;

    public VisitQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public VisitApi.Page<VisitApi.TaskItem> tasksOf(String userId, int page, int size) {
        Long total = jdbc.queryForObject("select count(*) from visit_task where assignee = ?", Long.class, userId);
        return new VisitApi.Page<>(total == null ? 0 : total, page, size,
                jdbc.query(String.format(TASKS, "t.assignee = ?"), TASK, userId, (long) page * size, size));
    }

    /** A Koseka's list: tasks of its regency offered to the koseka group and not yet claimed. */
    public VisitApi.Page<VisitApi.TaskItem> groupTasks(String regency, String group, int page, int size) {
        Long total = jdbc.queryForObject("select count(*) from visit_task where regency_code = ? and"
                + " candidate_group = ? and assignee is null", Long.class, regency, group);
        return new VisitApi.Page<>(total == null ? 0 : total, page, size, jdbc.query(String.format(TASKS,
                "t.regency_code = ? and t.candidate_group = ? and t.assignee is null"), TASK, regency, group,
                (long) page * size, size));
    }

    public VisitApi.Page<VisitApi.FamilyItem> familiesOf(String pplUser, boolean openOnly, int page, int size) {
        String where = openOnly ? " and f.result_code is null" : "";
        Long total = jdbc.queryForObject("select count(*) from (" + FAMILIES + where + ") x", Long.class, pplUser);
        List<VisitApi.FamilyItem> items = jdbc.query(FAMILIES + where + " order by s.code, f.id offset ? rows"
                + " fetch next ? rows only", FAMILY, pplUser, (long) page * size, size);
        return new VisitApi.Page<>(total == null ? 0 : total, page, size, items);
    }

    public VisitApi.FamilyItem family(long familyId) {
        return jdbc.queryForObject("select f.id, s.code, f.head_name, f.address, f.origin, f.prelist_status,"
                + " f.result_code, (select count(*) from visit_attempt va where va.family_id = f.id)"
                + " from family f join sls s on s.id = f.sls_id where f.id = ?", FAMILY, familyId);
    }
}
