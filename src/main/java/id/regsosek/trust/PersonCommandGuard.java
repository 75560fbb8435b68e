package id.regsosek.trust;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trust boundary inside the engine: every command a person issues (REST API, the webapps' API, Tasklist,
 * or our own code running with a person's login) passes here before it runs. People may read what their
 * authorizations and regency show them, work their own tasks with the fields the task's form declares, claim,
 * start what is meant to be started from Tasklist with its start form, change their own profile, and (regency
 * admins) retry one failed job of their regency. Everything else (setting variables, messages, signals,
 * modification, migration, batches, definitions, deployments, history clean-up...) is for the system and the
 * system administrator ({@code camunda-admin}). Commands the system runs (no person logged in) and commands
 * nested inside another command (a delegate's call) pass untouched: the outer command was checked.
 */
public class PersonCommandGuard extends CommandInterceptor {

    private static final Logger log = LoggerFactory.getLogger(PersonCommandGuard.class);

    private final ProcessEngineConfigurationImpl engine;
    private final GuardLookups lookups;
    private final PersonCommandRules rules;

    public PersonCommandGuard(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
        this.lookups = new GuardLookups(engine);
        this.rules = new PersonCommandRules(lookups);
    }

    @Override
    public <T> T execute(Command<T> command) {
        Authentication auth = engine.getIdentityService().getCurrentAuthentication();
        if (auth == null || auth.getUserId() == null || Context.getCommandContext() != null || admin(auth)) {
            return next.execute(command);
        }
        EngineCommand c;
        try {
            c = EngineCommand.of(command);
        } catch (IllegalStateException e) {
            throw refuse(auth, command.getClass().getSimpleName(), EngineCommand.Kind.OTHER, Refusal.NOT_ALLOWED);
        }
        Refusal refusal = rules.refusal(c, auth);
        if (refusal != null) {
            throw refuse(auth, c.name(), c.kind(), refusal);
        }
        try {
            return next.execute(command);
        } catch (ProcessEngineException e) {
            // A read by id of another regency's item and of a missing one fail differently in the engine.
            if (Refusal.isTenantRefusal(e) || (c.kind() == EngineCommand.Kind.READ && e instanceof NotFoundException)) {
                throw refuse(auth, c.name(), c.kind(), Refusal.NOT_FOUND_OR_NOT_YOURS);
            }
            throw e;
        } catch (IllegalArgumentException e) {
            // A step of ours found the person's input wrong: an answer naming it, not a server error.
            throw refuse(auth, c.name(), c.kind(), Refusal.invalid(e.getMessage()));
        }
    }

    private boolean admin(Authentication auth) {
        List<String> adminGroups = engine.getAdminGroups();
        List<String> adminUsers = engine.getAdminUsers();
        return (adminUsers != null && adminUsers.contains(auth.getUserId()))
                || (auth.getGroupIds() != null && adminGroups != null
                && auth.getGroupIds().stream().anyMatch(adminGroups::contains));
    }

    private static RuntimeException refuse(Authentication auth, String command, EngineCommand.Kind kind,
                                           Refusal refusal) {
        log.info("refused {} for {}: {}", command, auth.getUserId(), refusal.message());
        return refusal.exception(kind);
    }
}
