package id.regsosek.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What an office runs (profile postgres) needs a real system administrator's password to start at all. */
class AdminPasswordPolicyTest {

    @Test
    void placeholdersDefaultsAndShortPasswordsAreRefusedNamingWhy() {
        assertThat(AdminPasswordPolicy.problem(null)).isEqualTo("is not set");
        assertThat(AdminPasswordPolicy.problem("  ")).isEqualTo("is not set");
        assertThat(AdminPasswordPolicy.problem("${ADMIN_PASSWORD}")).isEqualTo("is an unresolved placeholder");
        assertThat(AdminPasswordPolicy.problem("Change-Me")).isEqualTo("is a well-known default");
        assertThat(AdminPasswordPolicy.problem("short-pw")).startsWith("is shorter than 12");
        assertThat(AdminPasswordPolicy.problem("Bekasi-2022-kantor!")).isNull();
    }

    @Test
    void thePostgresProfileRequiresItAndHasNoFallback() throws Exception {
        String postgres = Files.readString(Path.of("config", "application-postgres.yaml"));
        assertThat(postgres).contains("admin-password-required: true").contains("password: ${ADMIN_PASSWORD:}");
    }

    @Test
    void withoutItTheEngineIsNotBuilt() {
        // Checked in preInit, before the engine (and its administrator) exists. Starting a second application in
        // this JVM to watch it fail would leave the webapps' static state broken for the other tests.
        var configuration = new org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration();
        assertThatThrownBy(() -> new AdminPasswordPolicy(true, "").preInit(configuration))
                .hasMessageStartingWith("ADMIN_PASSWORD is not set");
        assertThatThrownBy(() -> new AdminPasswordPolicy(true, "demo").preInit(configuration))
                .hasMessageStartingWith("ADMIN_PASSWORD is a well-known default");
        new AdminPasswordPolicy(false, "").preInit(configuration); // the H2 demo
        new AdminPasswordPolicy(true, "Bekasi-2022-kantor!").preInit(configuration);
    }
}
