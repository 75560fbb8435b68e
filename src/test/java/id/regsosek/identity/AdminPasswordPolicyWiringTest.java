package id.regsosek.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The password policy is one of the engine's plugins, so it runs before every engine the application builds. */
class AdminPasswordPolicyWiringTest extends AppTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void theEngineIsBuiltWithThePolicy() {
        var plugins = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getProcessEnginePlugins()
                .stream().flatMap(p -> p instanceof CompositeProcessEnginePlugin c ? c.getPlugins().stream()
                        : java.util.stream.Stream.of(p)).toList();
        // Before the starter's admin-user step creates the administrator (that runs after every plugin's preInit).
        assertThat(plugins).anyMatch(p -> p instanceof AdminPasswordPolicy);
    }
}
