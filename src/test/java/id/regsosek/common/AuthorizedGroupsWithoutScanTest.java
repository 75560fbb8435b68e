package id.regsosek.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's commands use the authorization manager without the per-command scan of the authorization table
 * (a million rows at the regency's size); the trust suites (trust/*) show the checks still answer as before.
 */
class AuthorizedGroupsWithoutScanTest extends AppTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void everyCommandGetsTheManagerThatKeepsTheUsersGroups() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        AuthorizationManager manager = configuration.getCommandExecutorTxRequired()
                .execute(c -> c.getAuthorizationManager());
        assertThat(manager).isInstanceOf(AuthorizedGroupsWithoutScan.Manager.class);
        assertThat(manager.filterAuthenticatedGroupIds(List.of("ppl", "a-group-without-grants")))
                .containsExactly("ppl", "a-group-without-grants");
        assertThat(manager.filterAuthenticatedGroupIds(null)).isEmpty();
    }
}
