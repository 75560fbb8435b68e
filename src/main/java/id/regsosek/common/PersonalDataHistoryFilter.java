package id.regsosek.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Personal data that passes through a process variable (the NIKs keyed in a Tasklist form, moved into our tables in
 * the same transaction) must not stay in the engine's history tables until history cleanup: the history of these
 * variables is never written. Everything else is written as by the engine's own handler.
 */
@Component
public class PersonalDataHistoryFilter extends AbstractProcessEnginePlugin {

    /** Every feature's personal variables (see {@link PersonalVariables}). */
    private final Set<String> personalVariables;

    public PersonalDataHistoryFilter(List<PersonalVariables> features) {
        this.personalVariables = features.stream().flatMap(f -> f.names().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a variable of this name is kept out of history. */
    public boolean isPersonal(String variableName) {
        return personalVariables.contains(variableName);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        // A mutable list: the engine adds its own handlers to it.
        configuration.setCustomHistoryEventHandlers(new ArrayList<>(List.of(new DbHistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                if (event instanceof HistoricVariableUpdateEventEntity variable
                        && isPersonal(variable.getVariableName())) {
                    return;
                }
                // A submitted task form also records each submitted field as a "form property" detail.
                if (event instanceof HistoricFormPropertyEventEntity property
                        && isPersonal(property.getPropertyId())) {
                    return;
                }
                super.handleEvent(event);
            }
        })));
    }
}
