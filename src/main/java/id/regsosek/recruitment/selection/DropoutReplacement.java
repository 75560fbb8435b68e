package id.regsosek.recruitment.selection;

import id.regsosek.assignment.OfficerDroppedOut;
import id.regsosek.identity.SystemCalls;
import id.regsosek.recruitment.RecruitmentProcess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * An officer who drops out during the operation is replaced from the reserve: its recruitment instance (waiting
 * since deployment, business key = registration number = officer code) promotes the next reserve of the same
 * district and role. Officers not recruited through this system (no waiting instance) are simply not replaced.
 * Told by the area assignment's {@link OfficerDroppedOut} event, synchronously in the dropout's transaction.
 */
@Service
public class DropoutReplacement {

    private static final Logger log = LoggerFactory.getLogger(DropoutReplacement.class);

    private final RuntimeService runtime;
    private final IdentityService identity;

    public DropoutReplacement(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    @EventListener
    public void on(OfficerDroppedOut event) {
        officerDroppedOut(event.officerCode());
    }

    /** @return whether a recruitment instance took the dropout (and promotes a reserve) */
    boolean officerDroppedOut(String officerCode) {
        return SystemCalls.asSystem(identity, () -> {
            boolean waiting = runtime.createExecutionQuery().processInstanceBusinessKey(officerCode)
                    .messageEventSubscriptionName(RecruitmentProcess.MSG_OFFICER_DROPPED_OUT).count() > 0;
            if (waiting) {
                runtime.createMessageCorrelation(RecruitmentProcess.MSG_OFFICER_DROPPED_OUT)
                        .processInstanceBusinessKey(officerCode).correlate();
                log.info("officer {} dropped out: its reserve is promoted", officerCode);
            }
            return waiting;
        });
    }
}
