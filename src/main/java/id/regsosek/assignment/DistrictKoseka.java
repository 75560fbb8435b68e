package id.regsosek.assignment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Koseka of a district (active officer with role KOSEKA there), used by the BPMN as the review task's
 * assignee: each Koseka's own list then holds its district only. Without one, the task stays with group koseka.
 */
@Component("districtKoseka")
public class DistrictKoseka {

    private final JdbcTemplate jdbc;

    public DistrictKoseka(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The Koseka of the instance's own district (its business key), for the review tasks' assignee. */
    public String of(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        return userOf(AssignmentVariables.district(execution));
    }

    /** @return the Camunda user id, or null when the district has no active Koseka with a user */
    public String userOf(String district) {
        return jdbc.queryForList("select user_id from officer where home_district_code = ? and role = 'KOSEKA'"
                + " and status = 'ACTIVE' and user_id is not null order by officer_code", String.class, district)
                .stream().findFirst().orElse(null);
    }
}
