package id.regsosek.visit;

import java.sql.SQLException;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Whether a failure is a concurrent change that lost (the other request or a job won): answered as a duplicate
 * or a 409 with its reason, never as an error of the server. Input is checked before, so a unique key that fails
 * here is another request's row, not bad data.
 */
final class Races {

    /** Unique violation, serialization failure, deadlock, lock not available. */
    private static final Set<String> SQL_STATES = Set.of("23505", "40001", "40P01", "55P03", "HYT00");

    private Races() {
    }

    static boolean lost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof ConcurrencyFailureException
                    || t instanceof DataIntegrityViolationException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null && SQL_STATES.contains(s.getSQLState())) {
                return true;
            }
            // The engine met an execution the winner had moved on (it left the activity meanwhile).
            if (t instanceof ProcessEngineException && t.getMessage() != null
                    && t.getMessage().contains("no current activity")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
