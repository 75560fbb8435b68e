package id.regsosek.access;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On completion of each access task: checks what was sent and keeps it in sls_access, in the task's transaction.
 * The Koseka may name a PML to talk to the management; the named officer must be an active PML of the SLS's own
 * district (empty: the SLS's assigned PML), and only our row remembers who it is.
 */
@Component("recordSlsAccess")
public class RecordAccessListener implements TaskListener {

    private final AccessRows rows;
    private final AccessSubject subject;
    private final JdbcTemplate jdbc;

    public RecordAccessListener(AccessRows rows, AccessSubject subject, JdbcTemplate jdbc) {
        this.rows = rows;
        this.subject = subject;
        this.jdbc = jdbc;
    }

    @Override
    public void notify(DelegateTask task) {
        AccessSubject.Sls sls = subject.of(task);
        AccessForm form = new AccessForm(task);
        String user = user(task);
        if (SlsAccessProcess.TASK_ARRANGE.equals(task.getTaskDefinitionKey())) {
            String outcome = form.arrangeOutcome();
            if (SlsAccessProcess.ARRANGE_FAILED.equals(outcome)) {
                requireFailurePath(task);
                rows.recordArrangeFailure(sls.id(), form.arrangeFailureReason(), user);
            } else {
                rows.recordGrant(sls.id(), form.grant(true), user);
            }
            // Normalised, so the gateway reads a known value even when the form sent none.
            task.setVariable(SlsAccessProcess.VAR_ARRANGE_OUTCOME, outcome);
            return;
        }
        String decision = form.decision(SlsAccessProcess.TASK_KOSEKA.equals(task.getTaskDefinitionKey()));
        switch (decision) {
            case SlsAccessProcess.GRANTED -> rows.recordGrant(sls.id(), form.grant(false), user);
            case SlsAccessProcess.REFUSED -> rows.recordRefusalReason(sls.id(), form.refusalReason(), user);
            default -> rows.namePml(sls.id(), pml(sls, form.text(SlsAccessProcess.VAR_PML_OFFICER)));
        }
    }

    private String pml(AccessSubject.Sls sls, String named) {
        List<String> users = named == null
                ? jdbc.queryForList("select o.user_id from sls_assignment a join officer o on o.id = a.pml_officer_id"
                        + " where a.sls_id = ? and o.status = 'ACTIVE' and o.user_id is not null", String.class,
                        sls.id())
                : jdbc.queryForList("select user_id from officer where (officer_code = ? or user_id = ?) and"
                        + " role = 'PML' and status = 'ACTIVE' and regency_code = ? and home_district_code = ?"
                        + " and user_id is not null", String.class, named, named, sls.regency(), sls.district());
        if (users.isEmpty()) {
            throw new IllegalArgumentException(named == null ? "SLS " + sls.code() + " belum punya PML aktif:"
                    + " tuliskan kode petugas PML kecamatan ini" : "PML '" + named + "' bukan PML aktif kecamatan "
                    + sls.district());
        }
        return users.get(0);
    }

    /**
     * An instance started before version 1.3.0 has no failure path (its task shows the latest form): there the
     * outcome would flow on to "granted", so it is refused rather than opening the SLS without a permission.
     */
    private static void requireFailurePath(DelegateTask task) {
        if (task.getBpmnModelInstance().getModelElementById(SlsAccessProcess.TASK_CLOSE_FAILED) == null) {
            throw new IllegalArgumentException("Proses izin akses SLS ini dimulai dengan versi lama yang belum mengenal"
                    + " hasil \"Tidak berhasil\": catat izinnya, atau tunggu akhir periode pendataan yang menutup SLS");
        }
    }

    private static String user(DelegateTask task) {
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth != null && auth.getUserId() != null ? auth.getUserId() : task.getAssignee();
    }
}
