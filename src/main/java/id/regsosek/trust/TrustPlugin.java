package id.regsosek.trust;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/** Puts {@link PersonCommandGuard} in front of every engine command, whichever channel it came through. */
@Component
public class TrustPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        PersonCommandGuard guard = new PersonCommandGuard(configuration);
        configuration.setCustomPreCommandInterceptorsTxRequired(with(
                configuration.getCustomPreCommandInterceptorsTxRequired(), guard));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(with(
                configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new PersonCommandGuard(configuration)));
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor guard) {
        List<CommandInterceptor> all = new ArrayList<>();
        all.add(guard);
        if (existing != null) {
            all.addAll(existing);
        }
        return all;
    }
}
