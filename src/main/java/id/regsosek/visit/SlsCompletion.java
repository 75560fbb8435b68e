package id.regsosek.visit;

import id.regsosek.identity.SystemCalls;
import id.regsosek.signoff.AreaSignoffProcess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sets a family's final result and, when it was the SLS's last open family, tells the SLS's sign-off
 * (message {@value AreaSignoffProcess#MESSAGE_SLS_FAMILIES_FINAL}, business key = SLS code) in the same transaction.
 * No sign-off waiting yet is fine: it reads the counts when it starts.
 */
@Service
public class SlsCompletion {

    private static final Logger log = LoggerFactory.getLogger(SlsCompletion.class);

    private final FamilyResults results;
    private final FieldOfficers officers;
    private final RuntimeService runtime;
    private final IdentityService identity;

    public SlsCompletion(FamilyResults results, FieldOfficers officers, RuntimeService runtime,
                         IdentityService identity) {
        this.results = results;
        this.officers = officers;
        this.runtime = runtime;
        this.identity = identity;
    }

    /** Returns whether the family's SLS has every family final now. */
    public boolean finish(long familyId, int resultCode) {
        if (!results.markFinal(familyId, resultCode)) {
            throw new IllegalStateException("family " + familyId + " has a final result already");
        }
        FieldOfficers.FamilyTeam team = officers.team(familyId).orElseThrow();
        return tellIfAllFinal(team.slsId(), team.slsCode());
    }

    /**
     * After families of an SLS were made final in bulk (a closed building's close-out): tells the sign-off when every
     * family is final. Returns whether it is.
     */
    public boolean tellIfAllFinal(long slsId, String slsCode) {
        boolean allFinal = results.slsAllFinal(slsId);
        if (allFinal) {
            log.info("SLS {} has every family final", slsCode);
            SystemCalls.asSystem(identity, () -> {
                runtime.createMessageCorrelation(AreaSignoffProcess.MESSAGE_SLS_FAMILIES_FINAL)
                        .processInstanceBusinessKey(slsCode)
                        .correlateAll();
                return null;
            });
        }
        return allFinal;
    }
}
