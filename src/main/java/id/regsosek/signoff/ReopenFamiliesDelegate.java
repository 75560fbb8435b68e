package id.regsosek.signoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the families the PML named back to the field. Runs in the transaction that completes the PML's task, so
 * an id of another SLS fails the completion with a message naming it and nothing is reopened. (Not named
 * reopenFamilies: the form's variable of that name would shadow the bean in the expression.)
 */
@Component("reopenSignoffFamilies")
public class ReopenFamiliesDelegate implements JavaDelegate {

    private final SignoffRepository repository;
    private final FamilyReopening reopening;
    private final SignoffSubject subject;

    public ReopenFamiliesDelegate(SignoffRepository repository, FamilyReopening reopening,
                                  SignoffSubject subject) {
        this.repository = repository;
        this.reopening = reopening;
        this.subject = subject;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SignoffVariables v = new SignoffVariables(execution);
        SignoffSubject.Sls sls = subject.of(execution);
        List<Long> ids = v.reopenIds();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("pilih keluarga yang dibuka kembali dari daftar keluarga SLS ini");
        }
        Map<Long, String> found = repository.familiesOf(sls.id(), ids);
        List<Long> foreign = new ArrayList<>(ids);
        foreign.removeAll(found.keySet());
        if (!foreign.isEmpty()) {
            // The checklist offers only this SLS's families: anything else was sent around the form.
            throw new IllegalArgumentException("keluarga " + foreign + " bukan keluarga SLS " + sls.code()
                    + ": hanya keluarga dari daftar SLS ini yang dapat dibuka kembali");
        }
        // The household visits own the families' results: they clear them and start a new visit for each.
        reopening.reopen(sls.id(), ids, v.text(AreaSignoffProcess.VAR_PML_REASON));
        repository.status(sls.id(), sls.regency(), SignoffState.FIELDWORK);
    }
}
