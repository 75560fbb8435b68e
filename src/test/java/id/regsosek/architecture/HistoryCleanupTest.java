package id.regsosek.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.BatchWindow;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's history does not grow for ever (README "Sizing"): every instance gets its removal time when it
 * starts, from its model's historyTimeToLive (far longer than any instance runs; set at the end it cost an update of
 * every history row of each ending instance), and the engine's cleanup job deletes what is due only at night in
 * Jakarta, 22:00 to 05:00, outside the field's and office's working hours. Every deployed process definition has a
 * time to live (the models themselves: {@link ProcessModelConventionsTest}).
 */
class HistoryCleanupTest extends AppTest {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    HistoryService history;
    @Autowired
    RepositoryService repository;

    @Test
    void historyIsRemovedByItsStartPlusTimeToLiveInANightlyWindow() {
        assertThat(engine.getHistoryCleanupStrategy())
                .isEqualTo(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
        assertThat(engine.getHistoryRemovalTimeStrategy())
                .isEqualTo(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_START);
        assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00+0700");
        assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0700");

        // Whatever the machine's time zone, the window is 22:00 to 05:00 the next morning in Jakarta.
        Date noonInJakarta = Date.from(ZonedDateTime.now(JAKARTA).withHour(12).toInstant());
        BatchWindow window = engine.getBatchWindowManager().getCurrentOrNextBatchWindow(noonInJakarta, engine);
        ZonedDateTime start = window.getStart().toInstant().atZone(JAKARTA);
        ZonedDateTime end = window.getEnd().toInstant().atZone(JAKARTA);
        assertThat(start.getHour()).isEqualTo(22);
        assertThat(start.getMinute()).isZero();
        assertThat(end.getHour()).isEqualTo(5);
        assertThat(end.toLocalDate()).isEqualTo(start.toLocalDate().plusDays(1));
        assertThat(window.isWithin(noonInJakarta)).isFalse();

        // The engine scheduled its cleanup job into such a night.
        List<Job> jobs = history.findHistoryCleanupJobs();
        assertThat(jobs).isNotEmpty();
        for (Job job : jobs) {
            int hour = job.getDuedate().toInstant().atZone(JAKARTA).getHour();
            assertThat(hour >= 22 || hour < 5).as("cleanup due at %s", job.getDuedate()).isTrue();
        }

        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().list();
        assertThat(definitions).isNotEmpty();
        assertThat(definitions).allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isNotNull());
    }
}
