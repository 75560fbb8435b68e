package id.regsosek.common;

import id.regsosek.visit.VisitProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    /**
     * The head's NIK of the older form, the members list and every member row of the visit form (a person's name, NIK,
     * age...), and a closed building's contact phone (alone and in the access note).
     */
    public static final Set<String> PERSONAL_VARIABLES = personal();

    private static Set<String> personal() {
        Set<String> names = new java.util.HashSet<>(Set.of(VisitProcess.HEAD_NIK, VisitProcess.MEMBERS,
                VisitProcess.ACCESS_NOTE, VisitProcess.ACCESS_CONTACT_PHONE));
        for (int row = 1; row <= VisitProcess.MEMBER_ROWS; row++) {
            for (String field : VisitProcess.MEMBER_FIELDS) {
                names.add(VisitProcess.memberField(row, field));
            }
        }
        return Set.copyOf(names);
    }

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
                // A submitted task form also records each submitted field as a "form property" detail.
                if (event instanceof HistoricFormPropertyEventEntity property
                        && PERSONAL_VARIABLES.contains(property.getPropertyId())) {
                    return;
                }
                super.handleEvent(event);
            }
        })));
    }
}
