package id.regsosek.recruitment.deployment;

import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.identity.SystemCalls;
import id.regsosek.mail.MailTemplate;
import id.regsosek.recruitment.Candidates;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Turns a trained candidate into an officer: an active officer row (role, home district) and a Camunda user in
 * group ppl or pml with the regency's tenant. The user id is the registration number in lower case; the first
 * password is issued with the contract mail.
 */
@Service
public class OfficerDeployment {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final JdbcTemplate jdbc;
    private final Candidates candidates;
    private final RegencyUsers users;
    private final IdentityService identity;
    private final DistrictDeployed districts;
    private final SecureRandom random = new SecureRandom();

    public OfficerDeployment(JdbcTemplate jdbc, Candidates candidates, RegencyUsers users, IdentityService identity,
                             DistrictDeployed districts) {
        this.jdbc = jdbc;
        this.districts = districts;
        this.candidates = candidates;
        this.users = users;
        this.identity = identity;
    }

    public static String userId(String registrationNo) {
        return registrationNo.toLowerCase(Locale.ROOT);
    }

    public void deploy(long candidateId) {
        Candidates.Candidate c = candidates.get(candidateId);
        String role = c.selectedRole();
        String userId = userId(c.registrationNo());
        // The officer row and its login are written together (here, or by OfficerBulkDeployment for the whole
        // class in the same transaction, where the engine has not yet flushed the login a query could see): an
        // existing row means the login is there too.
        if (jdbc.queryForObject("select count(*) from officer where candidate_id = ?", Integer.class, candidateId) == 0) {
            jdbc.update("insert into officer (regency_code, officer_code, candidate_id, user_id, name, role, status,"
                    + " home_district_code, email) values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)", c.regency(),
                    c.registrationNo(), candidateId, userId, c.name(), role, c.district(), c.email());
            String[] names = c.name().split(" ", 2);
            users.ensure(new RegencyUsers.NewUser(userId, names[0], names.length > 1 ? names[1] : "", c.email(),
                    newPassword(), "PML".equals(role) ? Groups.PML : Groups.PPL, c.regency()));
        }
        candidates.setStatus(candidateId, "DEPLOYED");
        districts.officerSettled(c.regency(), c.campaign(), c.district());
    }

    /** Sets a fresh first-login password; the contract mail carries it (values loginId, password). */
    public Map<String, Object> issueFirstLogin(long candidateId) {
        String userId = userId(candidates.get(candidateId).registrationNo());
        String password = newPassword();
        SystemCalls.asSystem(identity, () -> {
            User user = identity.createUserQuery().userId(userId).singleResult();
            if (user == null) {
                throw new IllegalStateException("officer user " + userId + " does not exist yet");
            }
            user.setPassword(password);
            identity.saveUser(user);
            return null;
        });
        return Map.of("loginId", userId, "password", new MailTemplate.Secret(password));
    }

    private String newPassword() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
