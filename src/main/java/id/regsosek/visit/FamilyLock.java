package id.regsosek.visit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The family's row lock, taken first in the transaction of every field request that changes the family: two
 * requests about one family (the same report sent twice at once, two confirmations, from one node or two) then
 * run one after the other, and the second sees what the first committed instead of racing it in the engine.
 */
@Repository
public class FamilyLock {

    private final JdbcTemplate jdbc;

    public FamilyLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Held until the caller's transaction ends. */
    public void lock(long familyId) {
        jdbc.queryForList("select id from family where id = ? for update", Long.class, familyId);
    }
}
