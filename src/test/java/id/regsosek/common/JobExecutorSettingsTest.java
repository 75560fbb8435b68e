package id.regsosek.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A dead node's jobs are taken again by another node in about a minute (lock time + the idle poll), not five. The
 * job executor is off in these tests: the settings are read as configured; FieldApiTwoNodesIT checks a running one.
 */
class JobExecutorSettingsTest extends AppTest {

    @Autowired
    CamundaBpmProperties camunda;

    @Test
    void aDeadNodesJobsResumeWithinAboutAMinute() {
        JobExecutionProperty jobs = camunda.getJobExecution();
        assertThat(jobs.getLockTimeInMillis()).isEqualTo(60_000);
        assertThat(jobs.getMaxWait()).isLessThanOrEqualTo(10_000);
        assertThat(jobs.getLockTimeInMillis() + jobs.getMaxWait()).isLessThanOrEqualTo(75_000);
    }
}
