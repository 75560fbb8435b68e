package id.regsosek.tasklist;

import id.regsosek.access.AccessSubject;
import id.regsosek.access.SlsAccessProcess;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** sls-access: the closed building's SLS of its business key, by code, name and village. */
@Component
class AccessSubjects implements SubjectSource {

    private final JdbcTemplate jdbc;
    private final AccessSubject subject;

    AccessSubjects(JdbcTemplate jdbc, AccessSubject subject) {
        this.jdbc = jdbc;
        this.subject = subject;
    }

    @Override
    public String processKey() {
        return SlsAccessProcess.KEY;
    }

    @Override
    public TaskSubject describe(DelegateTask task) {
        AccessSubject.Sls sls = subject.of(task);
        Map<String, Object> row = jdbc.queryForMap("select s.name, v.name as village from sls s join village v"
                + " on v.code = s.village_code where s.id = ?", sls.id());
        return new TaskSubject(String.format("SLS %s %s, desa %s", sls.code(), row.get("name"), row.get("village")),
                Map.of(TaskColumns.SLS, sls.code(), TaskColumns.SLS_NAME, row.get("name"),
                        TaskColumns.VILLAGE, row.get("village"), TaskColumns.DISTRICT, sls.district()));
    }
}
