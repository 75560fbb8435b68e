package id.regsosek.recruitment.deployment;

import id.regsosek.identity.Groups;
import id.regsosek.identity.SystemCalls;
import id.regsosek.recruitment.RecruitmentProcess;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the officer rows and logins of many trained candidates at once: a training class's passes, or a whole
 * campaign's, in transactions of {@value #CHUNK}. One query finds who exists already, officer rows go in one batch,
 * and each new login is three inserts without the per-user look-ups and commits of the one-by-one path. The login
 * gets a random password nobody knows: the contract mail issues the first one (OfficerDeployment.issueFirstLogin;
 * Camunda cannot check a login without any password). Each
 * candidate's own deployment step then finds everything in place and settles the candidate.
 */
@Service
public class OfficerBulkDeployment {

    static final int CHUNK = 1000;
    private static final Logger log = LoggerFactory.getLogger(OfficerBulkDeployment.class);

    private record Trainee(long id, String registrationNo, String name, String email, String role,
                           String district) {
    }

    private final JdbcTemplate jdbc;
    private final IdentityService identity;
    private final TransactionTemplate tx;
    private final SecureRandom random = new SecureRandom();

    public OfficerBulkDeployment(JdbcTemplate jdbc, IdentityService identity, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.tx = tx;
    }

    /** Officer rows and logins for these selected candidates of the campaign; returns how many were new. */
    public int deployAll(String regency, String campaign, List<String> registrationNos) {
        int created = 0;
        for (int from = 0; from < registrationNos.size(); from += CHUNK) {
            List<String> part = registrationNos.subList(from, Math.min(from + CHUNK, registrationNos.size()));
            created += tx.execute(s -> chunk(regency, campaign, part));
        }
        log.info("bulk deployment {} of {}: {} of {} officers new", regency, campaign, created,
                registrationNos.size());
        return created;
    }

    private int chunk(String regency, String campaign, List<String> registrationNos) {
        List<Trainee> trainees = new NamedParameterJdbcTemplate(jdbc).query("select id, registration_no, name, email,"
                + " selected_role, district_code from officer_candidate where regency_code = :regency and campaign_key"
                + " = :campaign and registration_no in (:regs) and status = :selected and selected_role is not null"
                + " and not exists (select 1 from officer o where o.candidate_id = officer_candidate.id)",
                new MapSqlParameterSource("regency", regency).addValue("campaign", campaign)
                        .addValue("regs", registrationNos).addValue("selected", RecruitmentProcess.SELECTED),
                (rs, i) -> new Trainee(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)));
        List<Object[]> rows = new ArrayList<>();
        for (Trainee t : trainees) {
            rows.add(new Object[] {regency, t.registrationNo(), t.id(), OfficerDeployment.userId(t.registrationNo()),
                    t.name(), t.role(), t.district(), t.email()});
        }
        jdbc.batchUpdate("insert into officer (regency_code, officer_code, candidate_id, user_id, name, role, status,"
                + " home_district_code, email) values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)", rows);
        SystemCalls.asSystem(identity, () -> {
            Set<String> known = new HashSet<>();
            String[] ids = trainees.stream().map(t -> OfficerDeployment.userId(t.registrationNo()))
                    .toArray(String[]::new);
            if (ids.length > 0) {
                identity.createUserQuery().userIdIn(ids).list().forEach(u -> known.add(u.getId()));
            }
            for (Trainee t : trainees) {
                String userId = OfficerDeployment.userId(t.registrationNo());
                if (!known.contains(userId)) {
                    login(userId, t, regency);
                }
            }
            return null;
        });
        return trainees.size();
    }

    private String unknownPassword() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private void login(String userId, Trainee t, String regency) {
        String[] names = t.name().split(" ", 2);
        User user = identity.newUser(userId);
        user.setFirstName(names[0]);
        user.setLastName(names.length > 1 ? names[1] : "");
        user.setEmail(t.email());
        user.setPassword(unknownPassword());
        identity.saveUser(user);
        identity.createMembership(userId, "PML".equals(t.role()) ? Groups.PML : Groups.PPL);
        identity.createTenantUserMembership(regency, userId);
    }
}
