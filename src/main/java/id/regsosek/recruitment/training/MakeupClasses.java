package id.regsosek.recruitment.training;

import id.regsosek.common.EngineClock;
import id.regsosek.identity.SystemCalls;
import org.camunda.bpm.engine.IdentityService;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Puts a promoted reserve into a make-up class of its district: the earliest planned make-up class that has not
 * started, has room and has no results yet (the reserve is invited by that class's event subprocess), or else a
 * new one, {@code regsosek.training.makeup-offset-days} (default 3) from today, at the place and length of the
 * district's latest class. A district that has had no class yet gets its reserve in its regular classes.
 */
@Service
public class MakeupClasses {

    private static final Logger log = LoggerFactory.getLogger(MakeupClasses.class);
    private static final String OPEN = "select c.class_key from training_class c where c.campaign_key = ? and"
            + " c.district_code = ? and c.makeup = true and c.start_date > ? and (select count(*) from training_trainee"
            + " t where t.class_key = c.class_key) < ? and not exists (select 1 from training_trainee t where"
            + " t.class_key = c.class_key and t.absent_days is not null) order by c.start_date, c.class_key";

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final TrainingClasses classes;
    private final int offsetDays;

    private final IdentityService identity;

    public MakeupClasses(JdbcTemplate jdbc, RuntimeService runtime, TrainingClasses classes, IdentityService identity,
                         @Value("${regsosek.training.makeup-offset-days:3}") int offsetDays) {
        this.identity = identity;
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.classes = classes;
        this.offsetDays = offsetDays;
    }

    /** @return the make-up class the reserve joined, or null when its district has had no class yet */
    public String enrol(String regency, String campaign, String district, String registrationNo) {
        // One district's promotions one at a time (they run as separate jobs): the second finds the class the
        // first opened instead of opening another with the same number.
        jdbc.queryForList("select id from district_selection where campaign_key = ? and district_code = ? for update",
                Long.class, campaign, district);
        LocalDate today = EngineClock.today();
        List<String> open = jdbc.queryForList(OPEN, String.class, campaign, district, Date.valueOf(today),
                classes.classSize());
        if (!open.isEmpty()) {
            String key = open.get(0);
            jdbc.update("insert into training_trainee (campaign_key, registration_no, class_key) values (?, ?, ?)",
                    campaign, registrationNo, key);
            SystemCalls.asSystem(identity, () -> {
                runtime.createMessageCorrelation(TrainingProcess.MSG_TRAINEE_JOINED).processInstanceBusinessKey(key)
                        .tenantId(regency).setVariableLocal(TrainingProcess.TRAINEE, registrationNo).correlate();
                return null;
            });
            log.info("reserve {} joins make-up class {}", registrationNo, key);
            return key;
        }
        List<Map<String, Object>> latest = jdbc.queryForList("select place, days from training_class where"
                + " campaign_key = ? and district_code = ? order by start_date desc, class_key desc", campaign, district);
        if (latest.isEmpty()) {
            return null;
        }
        int n = jdbc.queryForObject("select count(*) from training_class where campaign_key = ? and district_code = ?",
                Integer.class, campaign, district);
        String key = campaign + "/" + district + "/K" + (n + 1);
        classes.open(new TrainingClasses.NewClass(key, regency, campaign, district,
                (String) latest.get(0).get("place"), today.plusDays(offsetDays),
                ((Number) latest.get(0).get("days")).intValue(), true), List.of(registrationNo));
        log.info("reserve {} opens make-up class {}", registrationNo, key);
        return key;
    }
}
