package id.regsosek.signoff;

import id.regsosek.identity.Groups;
import id.regsosek.mail.Mailer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Each sign-off step mails the next role: the district's Koseka (from our officer records, else every Koseka user
 * of the regency), then the regency admins. The mails are queued in the outbox in the step's transaction: the next
 * role's task never waits on the mail server.
 */
@Service
public class SignoffMails {

    private static final Logger log = LoggerFactory.getLogger(SignoffMails.class);

    private final Mailer mailer;
    private final IdentityService identity;
    private final JdbcTemplate jdbc;

    public SignoffMails(Mailer mailer, IdentityService identity, JdbcTemplate jdbc) {
        this.mailer = mailer;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    public int mailKoseka(String regency, String district, String slsCode, String summary) {
        List<String> to = jdbc.queryForList("select email from officer where regency_code = ? and role = 'KOSEKA'"
                + " and status = 'ACTIVE' and home_district_code = ? and email is not null", String.class, regency,
                district);
        if (to.isEmpty()) {
            to = groupMails(Groups.KOSEKA, regency);
        }
        return send(regency, "signoff-koseka", to, slsCode, summary);
    }

    public int mailRegencyAdmins(String regency, String slsCode, String summary) {
        return send(regency, "signoff-admin", groupMails(Groups.REGENCY_ADMIN, regency), slsCode, summary);
    }

    private int send(String regency, String template, List<String> to, String slsCode, String summary) {
        if (to.isEmpty()) {
            log.warn("nobody to mail ({}) for SLS {}: no address on record", template, slsCode);
        }
        for (String address : to) {
            mailer.send(regency, template, address, Map.of("slsCode", slsCode, "summary", summary), "SLS " + slsCode);
        }
        return to.size();
    }

    private List<String> groupMails(String group, String regency) {
        List<String> out = new ArrayList<>();
        for (User u : identity.createUserQuery().memberOfGroup(group).memberOfTenant(regency).listPage(0, 200)) {
            if (u.getEmail() != null && !u.getEmail().isBlank()) {
                out.add(u.getEmail());
            }
        }
        return out;
    }
}
