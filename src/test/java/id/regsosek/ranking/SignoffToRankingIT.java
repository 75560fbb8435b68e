package id.regsosek.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.regsosek.support.TestMail;
import id.regsosek.frame.FrameImports;
import id.regsosek.signoff.AreaSignoffProcess;
import id.regsosek.signoff.SignoffStarter;
import id.regsosek.support.PostgresTest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL with the job executor on: two SLS whose families are final go through PML, Koseka and regency
 * admin; accepting the second starts the handover, which checks, packages and ranks; the admin publishes. The
 * package verifies and the ranks are the hand-computed ones.
 */
class SignoffToRankingIT extends PostgresTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private FrameImports imports;
    @Autowired
    private SignoffStarter signoffs;
    @Autowired
    private TaskService tasks;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private HandoverPackage handover;

    @Test
    void twoSlsAcceptedThenHandedOverRankedAndPublished() throws Exception {
        RankingFixture fixture = new RankingFixture(jdbc, imports);
        long poor = fixture.family(RankingFixture.SLS_A, 1, 5, 30, 8, 6, 7, 6, 5, 5, 8, 1, 2);
        long middle = fixture.family(RankingFixture.SLS_A, 1, 4, 60, 2, 1, 2, 4, 1, 2, 3, 3, 1, "MOTORCYCLE=1",
                "FRIDGE=1");
        long rich = fixture.family(RankingFixture.SLS_B, 1, 3, 150, 2, 1, 1, 1, 1, 3, 2, 6, 1, "MOTORCYCLE=2",
                "CAR=1", "FRIDGE=1");
        fixture.family(RankingFixture.SLS_B, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        for (String sls : new String[] {RankingFixture.SLS_A, RankingFixture.SLS_B}) {
            String pi = signoffs.startForSls(fixture.slsId(sls)).getId();
            complete(pi, AreaSignoffProcess.TASK_APPROVE_AREA,
                    Map.of(AreaSignoffProcess.VAR_PML_DECISION, AreaSignoffProcess.APPROVE));
            complete(pi, AreaSignoffProcess.TASK_APPROVE_DISTRICT,
                    Map.of(AreaSignoffProcess.VAR_KOSEKA_DECISION, AreaSignoffProcess.APPROVE));
            complete(pi, AreaSignoffProcess.TASK_ACCEPT, Map.of());
        }
        String campaign = HandoverTrigger.campaignKey(RankingFixture.REGENCY, "2022");
        String handoverId = await(() -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(campaign)
                .singleResult()).getId();
        complete(handoverId, RankingHandoverProcess.TASK_REVIEW,
                Map.of(RankingHandoverProcess.VAR_PUBLICATION, RankingHandoverProcess.PUBLISH));
        await(() -> "PUBLISHED".equals(runs().get("status")) ? true : null);

        Path dir = Path.of((String) runs().get("package_dir"));
        assertThat(handover.verify(dir)).isEmpty();
        assertThat(dir.resolve("consultation").resolve("desa-" + RankingFixture.VILLAGE + ".csv")).exists();
        assertThat(rank(poor)).isEqualTo("-2.53 rank 1 decile 4");
        assertThat(rank(middle)).isEqualTo("0.93 rank 2 decile 7");
        assertThat(rank(rich)).isEqualTo("3.26 rank 3 decile 10");
    }

    private Map<String, Object> runs() {
        return jdbc.queryForMap("select status, package_dir from handover_run where regency_code = ?",
                RankingFixture.REGENCY);
    }

    private String rank(long familyId) {
        return jdbc.queryForObject("select score, welfare_rank, decile from family_rank where family_id = ?",
                (rs, i) -> rs.getDouble(1) + " rank " + rs.getInt(2) + " decile " + rs.getInt(3), familyId);
    }

    /** Waits for the job executor to bring the instance to the task, then completes it. */
    private void complete(String processInstanceId, String taskKey, Map<String, Object> variables) {
        Task task = await(() -> tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey).singleResult());
        tasks.complete(task.getId(), variables);
    }

    private static <T> T await(Supplier<T> probe) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("not reached within 60 s");
    }
}
