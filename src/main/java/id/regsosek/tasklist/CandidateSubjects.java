package id.regsosek.tasklist;

import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.recruitment.RecruitmentSubject;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** officer-recruitment: the candidate recorded for the instance, by name, registration number and district. */
@Component
class CandidateSubjects implements SubjectSource {

    private final JdbcTemplate jdbc;
    private final RecruitmentSubject subject;

    CandidateSubjects(JdbcTemplate jdbc, RecruitmentSubject subject) {
        this.jdbc = jdbc;
        this.subject = subject;
    }

    @Override
    public String processKey() {
        return RecruitmentProcess.KEY;
    }

    @Override
    public TaskSubject describe(DelegateTask task) {
        Map<String, Object> row = jdbc.queryForMap("select c.name, c.registration_no, c.district_code, d.name as"
                + " district_name from officer_candidate c join district d on d.code = c.district_code"
                + " where c.id = ?", subject.candidateId(task));
        return new TaskSubject(String.format("%s, No. pendaftaran %s, Kec. %s %s", row.get("name"),
                row.get("registration_no"), row.get("district_code"), row.get("district_name")), Map.of(
                TaskColumns.CANDIDATE, row.get("name"), TaskColumns.REGISTRATION, row.get("registration_no"),
                TaskColumns.DISTRICT, row.get("district_code"), TaskColumns.DISTRICT_NAME, row.get("district_name")));
    }
}
