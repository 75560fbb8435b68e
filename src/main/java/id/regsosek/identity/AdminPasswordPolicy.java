package id.regsosek.identity;

import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An office's system administrator gets a real password or the application does not start: not empty, not a
 * placeholder left in the configuration ({@code ${ADMIN_PASSWORD}} when the variable is unset), not a well-known
 * default, at least {@value #MIN_LENGTH} characters. Checked before the engine is built, so nothing is created
 * with a weak password. The H2 demo (which has {@code demo}) does not require it.
 */
@Component
public class AdminPasswordPolicy extends AbstractProcessEnginePlugin {

    static final int MIN_LENGTH = 12;
    private static final Set<String> DEFAULTS = Set.of("change-me", "changeme", "password", "admin", "demo",
            "sysadmin", "secret", "camunda", "regsosek", "123456789012", "passwordpassword");

    private final boolean required;
    private final String password;

    public AdminPasswordPolicy(@Value("${regsosek.security.admin-password-required:false}") boolean required,
                               @Value("${camunda.bpm.admin-user.password:}") String password) {
        this.required = required;
        this.password = password;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        String problem = required ? problem(password) : null;
        if (problem != null) {
            throw new IllegalStateException("ADMIN_PASSWORD " + problem + ": set the environment variable"
                    + " ADMIN_PASSWORD to the system administrator's real password (at least " + MIN_LENGTH
                    + " characters) before starting on PostgreSQL");
        }
    }

    static String problem(String password) {
        if (password == null || password.isBlank()) {
            return "is not set";
        }
        if (password.contains("${")) {
            return "is an unresolved placeholder";
        }
        if (DEFAULTS.contains(password.toLowerCase(Locale.ROOT))) {
            return "is a well-known default";
        }
        if (password.length() < MIN_LENGTH) {
            return "is shorter than " + MIN_LENGTH + " characters";
        }
        return null;
    }
}
