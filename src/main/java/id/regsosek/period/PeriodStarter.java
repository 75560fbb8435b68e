package id.regsosek.period;

import id.regsosek.identity.SystemCalls;
import id.regsosek.identity.TenantFromRegency;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure a regency's enumeration-period process runs: called whenever visits start. Idempotent and safe
 * against concurrent callers: the regency's period row is locked while it checks and starts. When the period has
 * already been closed, a new instance starts as well: when the end has passed, its timer is due at once and it
 * closes the stragglers.
 */
@Service
public class PeriodStarter {

    private static final Logger log = LoggerFactory.getLogger(PeriodStarter.class);

    private final EnumerationPeriods periods;
    private final PeriodSettings settings;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final TransactionTemplate tx;

    public PeriodStarter(EnumerationPeriods periods, PeriodSettings settings, RuntimeService runtime,
                         IdentityService identity, PlatformTransactionManager transactions) {
        this.periods = periods;
        this.settings = settings;
        this.runtime = runtime;
        this.identity = identity;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Returns the id of the regency's running enumeration-period instance, started if there was none. */
    public String ensureRunning(String regency) {
        return tx.execute(s -> {
            periods.ensure(regency);
            String known = (String) periods.lock(regency).get("process_instance_id");
            // Asked as the system: the caller may be a PPL reporting a new family, whom the engine's authorization
            // check would show no enumeration-period instance, so a second one would start.
            if (known != null && SystemCalls.asSystem(identity, () -> runtime.createProcessInstanceQuery()
                    .processInstanceId(known).count()) > 0) {
                return known;
            }
            String id = SystemCalls.asSystem(identity, () -> runtime.startProcessInstanceByKey(PeriodProcess.KEY,
                    regency, Map.of(TenantFromRegency.REGENCY_VARIABLE, regency,
                            PeriodProcess.CLOSE_CHUNK, settings.closeChunk())).getId());
            // A new instance follows the row's end again (at once, if that end has passed: it closes stragglers).
            periods.followedBy(regency, id);
            log.info("enumeration period of {} now followed by instance {}", regency, id);
            return id;
        });
    }
}
