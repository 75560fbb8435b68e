package id.regsosek.forum;

import id.regsosek.identity.Groups;
import id.regsosek.identity.SystemCalls;
import id.regsosek.imports.ImportCounts;
import id.regsosek.imports.ImportRun;
import id.regsosek.mail.MailTemplate;
import id.regsosek.mail.Mailer;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes checked village officials in the import's transaction: a new login (group village-official, the regency's
 * tenant) gets a random first password mailed through the outbox (hidden from staff there, never logged, as an
 * officer's contract mail); an existing one keeps its password and gets the file's name and address. Each is bound
 * to its village (with its phone), and the village's forum tasks nobody holds go to the village's official.
 */
@Component
class OfficialAccounts {

    static final String MAIL = "village-official-login";
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final JdbcTemplate jdbc;
    private final IdentityService identity;
    private final Mailer mailer;
    private final ForumTasks tasks;
    private final SecureRandom random = new SecureRandom();

    OfficialAccounts(JdbcTemplate jdbc, IdentityService identity, Mailer mailer, ForumTasks tasks) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.mailer = mailer;
        this.tasks = tasks;
    }

    ImportCounts write(String regency, List<OfficialImport.Official> rows, ImportRun run) {
        int inserted = 0;
        int updated = 0;
        for (OfficialImport.Official o : rows) {
            int login = SystemCalls.asSystem(identity, () -> login(o, regency));
            boolean bound = bind(o, regency);
            inserted += login == NEW ? 1 : 0;
            updated += login != NEW && (login == CHANGED || bound) ? 1 : 0;
            run.advance(1);
        }
        rows.stream().map(OfficialImport.Official::village).distinct().forEach(v -> tasks.assignUnheld(regency, v));
        return new ImportCounts(rows.size(), inserted, updated, rows.size() - inserted - updated, 0);
    }

    private static final int SAME = 0;
    private static final int CHANGED = 1;
    private static final int NEW = 2;

    /** @return NEW, CHANGED (name or address) or SAME */
    private int login(OfficialImport.Official o, String regency) {
        String[] names = o.name().split(" ", 2);
        String last = names.length > 1 ? names[1] : "";
        User user = identity.createUserQuery().userId(o.userId()).singleResult();
        if (user != null) {
            if (!Objects.equals(user.getFirstName(), names[0]) || !Objects.equals(user.getLastName(), last)
                    || !Objects.equals(user.getEmail(), o.email())) {
                user.setFirstName(names[0]);
                user.setLastName(last);
                user.setEmail(o.email());
                identity.saveUser(user);
                return CHANGED;
            }
            return SAME;
        }
        String password = newPassword();
        user = identity.newUser(o.userId());
        user.setFirstName(names[0]);
        user.setLastName(last);
        user.setEmail(o.email());
        user.setPassword(password);
        identity.saveUser(user);
        identity.createMembership(o.userId(), Groups.VILLAGE_OFFICIAL);
        identity.createTenantUserMembership(regency, o.userId());
        String villageName = jdbc.queryForObject("select name from village where code = ?", String.class, o.village());
        mailer.send(regency, MAIL, o.email(), Map.of("name", o.name(), "loginId", o.userId(), "password",
                new MailTemplate.Secret(password), "village", villageName + " (" + o.village() + ")"), o.userId());
        return NEW;
    }

    /** @return whether the binding is new or changed */
    private boolean bind(OfficialImport.Official o, String regency) {
        List<Map<String, Object>> now = jdbc.queryForList("select village_code, phone from village_official where"
                + " user_id = ?", o.userId());
        if (!now.isEmpty() && o.village().equals(now.get(0).get("village_code"))
                && Objects.equals(o.phone(), now.get(0).get("phone"))) {
            return false;
        }
        jdbc.update("delete from village_official where user_id = ?", o.userId());
        jdbc.update("insert into village_official (user_id, regency_code, village_code, phone) values (?, ?, ?, ?)",
                o.userId(), regency, o.village(), o.phone());
        return true;
    }

    private String newPassword() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
