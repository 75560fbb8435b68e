package id.regsosek.forum;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a regency's village-official imports run one after the other: its lock row (written once, in a
 * transaction of its own, so two first imports do not both wait on an uncommitted insert) is locked until the
 * caller's transaction ends. The second import then sees the logins the first one made.
 */
@Component
class OfficialImportLock {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;

    OfficialImportLock(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Call inside the import's transaction. */
    void lock(String regency) {
        if (jdbc.queryForObject("select count(*) from village_official_import_lock where regency_code = ?",
                Integer.class, regency) == 0) {
            try {
                own.executeWithoutResult(s -> jdbc.update("insert into village_official_import_lock (regency_code)"
                        + " values (?)", regency));
            } catch (DataIntegrityViolationException e) {
                // Another import wrote it first: the row is there, which is all this needs.
            }
        }
        jdbc.queryForList("select regency_code from village_official_import_lock where regency_code = ? for update",
                String.class, regency);
    }
}
