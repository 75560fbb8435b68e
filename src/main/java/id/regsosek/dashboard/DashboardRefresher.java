package id.regsosek.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds each regency's dashboard aggregates on a schedule (default every minute), one transaction per
 * regency, so readers always see a complete, consistent set and the page states how fresh it is.
 */
@Service
public class DashboardRefresher {

    private static final Logger log = LoggerFactory.getLogger(DashboardRefresher.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final StepAggregator steps;
    private final AreaAggregator areas;
    private final OfficerAggregator officers;
    private final FunnelAggregator funnel;

    DashboardRefresher(JdbcTemplate jdbc, TransactionTemplate tx, StepAggregator steps, AreaAggregator areas,
                       OfficerAggregator officers, FunnelAggregator funnel) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.steps = steps;
        this.areas = areas;
        this.officers = officers;
        this.funnel = funnel;
    }

    @Scheduled(fixedDelayString = "${regsosek.dashboard.refresh-ms:60000}", initialDelayString = "${regsosek.dashboard.first-refresh-ms:5000}")
    public void refreshAll() {
        for (String regency : jdbc.queryForList("select code from regency order by code", String.class)) {
            refresh(regency);
        }
    }

    private void ensureRow(String regency) {
        try {
            jdbc.update("insert into dash_refresh (regency_code, refreshed_at, duration_ms) select ?, ?, 0"
                    + " where not exists (select 1 from dash_refresh where regency_code = ?)", regency,
                    Timestamp.from(Instant.EPOCH), regency);
        } catch (DuplicateKeyException e) {
            // another refresh made it at the same moment: fine
        }
    }

    public void refresh(String regency) {
        ensureRow(regency);
        Instant start = Instant.now();
        tx.executeWithoutResult(status -> {
            // One refresh of a regency at a time (scheduler, a test, another node): the row lock serialises them.
            jdbc.queryForList("select regency_code from dash_refresh where regency_code = ? for update", regency);
            steps.refresh(regency);
            areas.refresh(regency);
            officers.refresh(regency, start);
            funnel.refresh(regency);
            int ms = (int) (Instant.now().toEpochMilli() - start.toEpochMilli());
            jdbc.update("update dash_refresh set refreshed_at = ?, duration_ms = ? where regency_code = ?",
                    Timestamp.from(start), ms, regency);
        });
        log.debug("dashboard of {} refreshed in {} ms", regency, Instant.now().toEpochMilli() - start.toEpochMilli());
    }
}
