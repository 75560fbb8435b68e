package id.regsosek.common;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before each authorization check the engine shortens the user's groups to those named by some authorization, and to
 * know them it runs {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION} once per command. The engine writes
 * an authorization per open task's assignee, so at a regency's million open visits that query read a million rows,
 * 50-110 ms, in every command of every person: a Tasklist request runs several (found by {@code benchmark-regency}).
 * Here the user's groups are used as they are: a group without any authorization matches no row of the checks, so
 * the checks' answers are the same; only the list in their SQL may be longer (our groups are a dozen).
 */
@Component
public class AuthorizedGroupsWithoutScan extends AbstractProcessEnginePlugin {

    /** The engine's authorization manager, less the group filter's table scan. */
    public static class Manager extends AuthorizationManager {
        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? List.of() : new ArrayList<>(authenticatedGroupIds);
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new Manager();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }
}
