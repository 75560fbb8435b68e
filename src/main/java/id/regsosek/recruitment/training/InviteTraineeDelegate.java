package id.regsosek.recruitment.training;

import id.regsosek.mail.Mailer;
import java.sql.Timestamp;
import java.time.Instant;
import id.regsosek.common.InstanceSubject;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One trainee's invitation with class, place and dates, queued in the outbox; its own async step per trainee. */
@Component("inviteTrainee")
public class InviteTraineeDelegate implements JavaDelegate {

    private final TrainingClasses classes;
    private final Mailer mailer;
    private final JdbcTemplate jdbc;

    public InviteTraineeDelegate(TrainingClasses classes, Mailer mailer, JdbcTemplate jdbc) {
        this.classes = classes;
        this.mailer = mailer;
        this.jdbc = jdbc;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // The class is the business key; the trainee is the engine's element of the class's own list.
        String classKey = InstanceSubject.ownedKey(execution);
        String reg = (String) execution.getVariable(TrainingProcess.TRAINEE);
        String campaign = classes.campaignOf(classKey);
        // Once per trainee: a reserve that joined while the class's invitations were still to go out is in both the
        // class's list and its own late-joiner path. The mark and the queued mail share the step's transaction: the
        // row lock makes a second step wait and then skip, and a step rolled back (a concurrent update) takes its
        // mail back with its mark, so its retry queues it again.
        if (jdbc.update("update training_trainee set invited_at = ? where class_key = ? and registration_no = ?"
                + " and invited_at is null", Timestamp.from(Instant.now()), classKey, reg) == 1) {
            send(classKey, reg, campaign);
        }
    }

    private void send(String classKey, String reg, String campaign) {
        Map<String, Object> info = classes.classInfo(classKey);
        Map<String, Object> candidate = jdbc.queryForMap("select name, email, regency_code from officer_candidate"
                + " where campaign_key = ? and registration_no = ?", campaign, reg);
        LocalDate start = ((java.sql.Date) info.get("start_date")).toLocalDate();
        int days = ((Number) info.get("days")).intValue();
        mailer.send((String) candidate.get("regency_code"), "training-invitation", (String) candidate.get("email"),
                Map.of("name", candidate.get("name"), "classKey", classKey, "place", info.get("place"), "startDate",
                        start, "endDate", start.plusDays(days - 1L), "days", days, "district",
                        info.get("district_name")), reg);
    }
}
