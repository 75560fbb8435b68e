package id.regsosek.bench;

import id.regsosek.visit.VisitProcess;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the open visit tasks of the benchmark's database up to a target (a regency's million) so the task-list
 * query is timed against a full read model. Starting a million real instances takes hours on a small machine;
 * the task list reads visit_task only, so filler families with open tasks for 4,001 other PPL (about 200 each, a
 * workload's size) and 1,009 other PML are what the query meets in the field. Marked by the head's name.
 */
@BenchmarkComponent
class OpenTaskFiller {

    static final String MARK = "BENCHMARK-OPEN";
    private static final int BATCH = 5000;
    // Prime moduli, so that every filler officer gets tasks whichever kind a family id picks.
    private static final int PPL = 4001;
    private static final int PML = 1009;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    OpenTaskFiller(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Adds filler until visit_task holds {@code target} rows; returns how many were added. */
    long fillTo(String regency, long target) {
        long open = jdbc.queryForObject("select count(*) from visit_task", Long.class);
        long missing = target - open;
        if (missing <= 0) {
            return 0;
        }
        List<Long> sls = jdbc.queryForList("select id from sls where regency_code = ? order by id", Long.class,
                regency);
        List<Object[]> batch = new ArrayList<>();
        for (long i = 0; i < missing; i++) {
            batch.add(new Object[] {regency, sls.get((int) (i % sls.size())), MARK});
            if (batch.size() == BATCH || i == missing - 1) {
                insert(batch);
                batch.clear();
            }
        }
        return missing;
    }

    private void insert(List<Object[]> families) {
        tx.executeWithoutResult(s -> {
            long from = jdbc.queryForObject("select coalesce(max(id), 0) from family", Long.class);
            jdbc.batchUpdate("insert into family (regency_code, sls_id, head_name, origin) values (?, ?, ?,"
                    + " 'PRELIST')", families);
            // Four in five tasks are visits (PPL), one in five form checks (PML); created over the past month.
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.update("insert into visit_task (task_id, family_id, sls_id, regency_code, assignee, kind, created_at)"
                    + " select concat('fill-', cast(f.id as varchar(20))), f.id, f.sls_id, f.regency_code,"
                    + " case when mod(f.id, 5) = 0 then concat('fill-pml-', cast(mod(f.id, " + PML + ") as"
                    + " varchar(10))) else concat('fill-ppl-', cast(mod(f.id, " + PPL + ") as varchar(10))) end,"
                    + " case when mod(f.id, 5) = 0 then ? else ? end, ?"
                    + " from family f where f.id > ? and f.head_name = ?", VisitProcess.TASK_CHECK_FORM,
                    VisitProcess.TASK_VISIT, now, from, MARK);
        });
    }
}
