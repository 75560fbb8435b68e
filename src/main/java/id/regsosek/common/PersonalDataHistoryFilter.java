package id.regsosek.common;

import id.regsosek.visit.VisitProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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

    /** The head's NIK of the older form, and the members list (names and NIKs) of the visit form. */
    public static final Set<String> PERSONAL_VARIABLES = Set.of(VisitProcess.HEAD_NIK, VisitProcess.MEMBERS);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        // A mutable list: the engine adds its own handlers to it.
        configuration.setCustomHistoryEventHandlers(new ArrayList<>(List.of(new DbHistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                if (event instanceof HistoricVariableUpdateEventEntity variable
                        && PERSONAL_VARIABLES.contains(variable.getVariableName())) {
                    return;
                }
                super.handleEvent(event);
            }
        })));
    }
}
