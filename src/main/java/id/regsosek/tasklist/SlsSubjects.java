package id.regsosek.tasklist;

import id.regsosek.signoff.AreaSignoffProcess;
import id.regsosek.signoff.SignoffSubject;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** area-signoff: the SLS of its business key, by code, name and village. */
@Component
class SlsSubjects implements SubjectSource {

    private final JdbcTemplate jdbc;
    private final SignoffSubject subject;

    SlsSubjects(JdbcTemplate jdbc, SignoffSubject subject) {
        this.jdbc = jdbc;
        this.subject = subject;
    }

    @Override
    public String processKey() {
        return AreaSignoffProcess.KEY;
    }

    @Override
    public TaskSubject describe(DelegateTask task) {
        SignoffSubject.Sls sls = subject.of(task);
        Map<String, Object> row = jdbc.queryForMap("select s.name, v.name as village from sls s join village v"
                + " on v.code = s.village_code where s.id = ?", sls.id());
        return new TaskSubject(String.format("SLS %s %s, desa %s", sls.code(), row.get("name"), row.get("village")),
                Map.of(TaskColumns.SLS, sls.code(), TaskColumns.SLS_NAME, row.get("name"),
                        TaskColumns.VILLAGE, row.get("village"), TaskColumns.DISTRICT, sls.district()));
    }
}
