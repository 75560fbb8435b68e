package id.regsosek.forum;

import id.regsosek.identity.Groups;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The forum is past its due date: it is flagged late (the admin's overview shows it) and the village's official is
 * reminded by mail through the outbox (without an official, the regency admins are); the task stays open.
 */
@Component("remindForumLate")
public class RemindLateDelegate implements JavaDelegate {

    private final ForumRows rows;
    private final IdentityService identity;
    private final id.regsosek.mail.Mailer mailer;

    public RemindLateDelegate(ForumRows rows, IdentityService identity, id.regsosek.mail.Mailer mailer) {
        this.rows = rows;
        this.identity = identity;
        this.mailer = mailer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ForumSubject.Forum forum = ForumSubject.of(execution);
        rows.late(forum);
        String official = rows.official(forum.village());
        List<User> to = new ArrayList<>();
        if (official != null) {
            to.addAll(identity.createUserQuery().userId(official).list());
        } else {
            to.addAll(identity.createUserQuery().memberOfGroup(Groups.REGENCY_ADMIN).memberOfTenant(forum.regency())
                    .listPage(0, 200));
        }
        Map<String, Object> values = Map.of("village", forum.village(), "campaign", forum.campaign(),
                "villageInfo", String.valueOf(execution.getVariable(VillageForumProcess.VAR_VILLAGE_INFO)));
        for (User u : to) {
            if (u.getEmail() != null && !u.getEmail().isBlank()) {
                mailer.send(forum.regency(), VillageForumProcess.MAIL_LATE, u.getEmail(), values,
                        "Desa " + forum.village());
            }
        }
    }
}
