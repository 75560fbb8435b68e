package id.regsosek.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    DashboardRefresher(JdbcTemplate jdbc, TransactionTemplate tx, StepAggregator steps, AreaAggregator areas,
                       OfficerAggregator officers) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.steps = steps;
        this.areas = areas;
        this.officers = officers;
    }

    @Scheduled(fixedDelayString = "${regsosek.dashboard.refresh-ms:60000}", initialDelayString = "${regsosek.dashboard.first-refresh-ms:5000}")
    public void refreshAll() {
        for (String regency : jdbc.queryForList("select code from regency order by code", String.class)) {
            refresh(regency);
        }
    }

    public void refresh(String regency) {
        Instant start = Instant.now();
        tx.executeWithoutResult(status -> {
            steps.refresh(regency);
            areas.refresh(regency);
            officers.refresh(regency, start);
            int ms = (int) (Instant.now().toEpochMilli() - start.toEpochMilli());
            if (jdbc.update("update dash_refresh set refreshed_at = ?, duration_ms = ? where regency_code = ?",
                    Timestamp.from(start), ms, regency) == 0) {
                jdbc.update("insert into dash_refresh (regency_code, refreshed_at, duration_ms) values (?, ?, ?)",
                        regency, Timestamp.from(start), ms);
            }
        });
        log.debug("dashboard of {} refreshed in {} ms", regency, Instant.now().toEpochMilli() - start.toEpochMilli());
    }
}
