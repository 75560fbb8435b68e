package id.regsosek.tasklist;

import id.regsosek.visit.VisitProcess;
import id.regsosek.visit.VisitSubject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * household-visit: the family (business key, via {@link VisitSubject}) by its head, building number (else its
 * address) and SLS; a visit task also says which attempt it is, counted from the attempt log.
 */
@Component
class FamilySubjects implements SubjectSource {

    private final JdbcTemplate jdbc;
    private final VisitSubject subject;

    FamilySubjects(JdbcTemplate jdbc, VisitSubject subject) {
        this.jdbc = jdbc;
        this.subject = subject;
    }

    @Override
    public String processKey() {
        return VisitProcess.KEY;
    }

    @Override
    public TaskSubject describe(DelegateTask task) {
        VisitSubject.Family family = subject.of(task);
        Map<String, Object> row = jdbc.queryForMap("select f.head_name, f.building_no, f.address, s.code,"
                + " s.district_code from family f join sls s on s.id = f.sls_id where f.id = ?", family.id());
        int attempt = jdbc.queryForObject("select count(*) from visit_attempt where family_id = ?", Integer.class,
                family.id()) + 1;
        String building = (String) row.get("building_no");
        String address = (String) row.get("address");
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put(TaskColumns.HEAD, row.get("head_name"));
        columns.put(TaskColumns.BUILDING, building != null ? building : address);
        columns.put(TaskColumns.SLS, row.get("code"));
        columns.put(TaskColumns.ATTEMPT, attempt);
        StringBuilder title = new StringBuilder(String.valueOf(row.get("head_name")));
        if (building != null) {
            title.append(", No. bangunan ").append(building);
        } else if (address != null) {
            title.append(", ").append(address);
        }
        title.append(", SLS ").append(row.get("code"));
        if (VisitProcess.TASK_VISIT.equals(task.getTaskDefinitionKey())) {
            title.append(", kunjungan ke-").append(attempt);
        }
        return new TaskSubject(title.toString(), columns, (String) row.get("district_code"));
    }
}
