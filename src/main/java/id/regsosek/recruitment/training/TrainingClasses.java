package id.regsosek.recruitment.training;

import id.regsosek.identity.SystemCalls;
import id.regsosek.identity.TenantFromRegency;
import id.regsosek.recruitment.RecruitmentProcess;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans a district's training classes: the selected candidates waiting for training and in no open class are
 * split into classes of at most `regsosek.training.class-size` (30), each an officer-training instance. Planning
 * again later puts promoted reserves into a make-up class.
 */
@Service("trainingClasses")
public class TrainingClasses {

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final int classSize;

    private final IdentityService identity;

    public TrainingClasses(JdbcTemplate jdbc, RuntimeService runtime, IdentityService identity,
                           @Value("${regsosek.training.class-size:30}") int classSize) {
        this.identity = identity;
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.classSize = classSize;
    }

    @Transactional
    public List<String> plan(String regency, String campaign, String district, String place, LocalDate start,
                             int days) {
        if (place == null || place.isBlank() || start == null || days < 2 || days > 3) {
            throw new IllegalArgumentException("a training class needs a place, a start date and 2 or 3 days");
        }
        List<String> waiting = jdbc.queryForList("select c.registration_no from officer_candidate c where"
                + " c.campaign_key = ? and c.district_code = ? and c.regency_code = ? and c.status = ? and not exists"
                + " (select 1 from training_trainee t where t.campaign_key = c.campaign_key and t.registration_no ="
                + " c.registration_no and t.attended_all is null) order by c.registration_no", String.class,
                campaign, district, regency, RecruitmentProcess.SELECTED);
        Integer existing = jdbc.queryForObject("select count(*) from training_class where campaign_key = ? and"
                + " district_code = ?", Integer.class, campaign, district);
        List<String> keys = new ArrayList<>();
        for (int from = 0; from < waiting.size(); from += classSize) {
            String key = campaign + "/" + district + "/K" + (existing + keys.size() + 1);
            open(new NewClass(key, regency, campaign, district, place, start, days, false),
                    waiting.subList(from, Math.min(waiting.size(), from + classSize)));
            keys.add(key);
        }
        return keys;
    }

    record NewClass(String key, String regency, String campaign, String district, String place, LocalDate start,
                    int days, boolean makeup) {
    }

    /** Writes the class and its trainees and starts its officer-training instance, which invites each of them. */
    void open(NewClass c, List<String> trainees) {
        jdbc.update("insert into training_class (class_key, regency_code, campaign_key, district_code, place,"
                + " start_date, days, makeup) values (?, ?, ?, ?, ?, ?, ?, ?)", c.key(), c.regency(), c.campaign(),
                c.district(), c.place(), Date.valueOf(c.start()), c.days(), c.makeup());
        List<Object[]> rows = new ArrayList<>();
        trainees.forEach(r -> rows.add(new Object[] {c.campaign(), r, c.key()}));
        jdbc.batchUpdate("insert into training_trainee (campaign_key, registration_no, class_key) values (?, ?, ?)",
                rows);
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put(TenantFromRegency.REGENCY_VARIABLE, c.regency());
        vars.put(RecruitmentProcess.CAMPAIGN_KEY, c.campaign());
        vars.put(TrainingProcess.CLASS_KEY, c.key());
        SystemCalls.asSystem(identity, () -> runtime.startProcessInstanceByKey(TrainingProcess.KEY, c.key(), vars));
    }

    int classSize() {
        return classSize;
    }

    /** The trainees of the instance's own class (its business key): the invitation step's collection. */
    public List<String> traineesOf(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        return trainees(id.regsosek.common.InstanceSubject.ownedKey(execution));
    }

    /** The class's trainees (registration numbers). */
    public List<String> trainees(String classKey) {
        return jdbc.queryForList("select registration_no from training_trainee where class_key = ?"
                + " order by registration_no", String.class, classKey);
    }

    public int days(String classKey) {
        return jdbc.queryForObject("select days from training_class where class_key = ?", Integer.class, classKey);
    }

    /** The campaign a class belongs to, as its row says. */
    public String campaignOf(String classKey) {
        return jdbc.queryForObject("select campaign_key from training_class where class_key = ?", String.class,
                classKey);
    }

    public Map<String, Object> classInfo(String classKey) {
        return jdbc.queryForMap("select c.place, c.start_date, c.days, d.name district_name from training_class c"
                + " join district d on d.code = c.district_code where c.class_key = ?", classKey);
    }
}
