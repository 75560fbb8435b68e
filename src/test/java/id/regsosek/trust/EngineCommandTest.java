package id.regsosek.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetJobExceptionStacktraceCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

/**
 * The guard reads the arguments of the engine's commands by field name (Camunda 7.24.0 has no getters for them):
 * this fails first when an engine upgrade renames or moves them, before any person's command is misjudged.
 */
class EngineCommandTest {

    @Test
    void taskCommandsCarryTheirTaskAndVariables() {
        EngineCommand complete = EngineCommand.of(new CompleteTaskCmd("t1", Map.of("resultCode", "1")));
        assertThat(complete.kind()).isEqualTo(EngineCommand.Kind.COMPLETE_TASK);
        assertThat(complete.taskId()).isEqualTo("t1");
        assertThat(complete.variables()).containsKey("resultCode");
        EngineCommand submit = EngineCommand.of(new SubmitTaskFormCmd("t2", Map.of("x", 1), false, false));
        assertThat(submit.kind()).isEqualTo(EngineCommand.Kind.SUBMIT_TASK_FORM);
        assertThat(submit.taskId()).isEqualTo("t2");
        assertThat(submit.variables()).containsKey("x");
        EngineCommand claim = EngineCommand.of(new ClaimTaskCmd("t3", "ppl1"));
        assertThat(claim.kind()).isEqualTo(EngineCommand.Kind.CLAIM_TASK);
        assertThat(claim.userId()).isEqualTo("ppl1");
    }

    @Test
    void startsCarryTheirDefinitionBusinessKeyAndInstructions() {
        var builder = (ProcessInstantiationBuilderImpl) ProcessInstantiationBuilderImpl
                .createProcessInstanceByKey(null, "recruitment-campaign").businessKey("32.16-2022")
                .setVariable("campaignKey", "32.16-2022").startBeforeActivity("Task_X");
        EngineCommand start = EngineCommand.of(new StartProcessInstanceCmd(builder));
        assertThat(start.kind()).isEqualTo(EngineCommand.Kind.START);
        assertThat(start.start().getProcessDefinitionKey()).isEqualTo("recruitment-campaign");
        assertThat(start.businessKey()).isEqualTo("32.16-2022");
        assertThat(start.start().getModificationBuilder().getModificationOperations()).hasSize(1);
        EngineCommand form = EngineCommand.of(new SubmitStartFormCmd("def:1", "bk", Map.of("a", "b")));
        assertThat(form.processDefinitionId()).isEqualTo("def:1");
        assertThat(form.businessKey()).isEqualTo("bk");
        assertThat(form.variables()).containsKey("a");
    }

    @Test
    void usersAndJobRetriesCarryWhatTheyTouch() {
        UserEntity user = new UserEntity("ppl1");
        assertThat(EngineCommand.of(new SaveUserCmd(user)).user().getId()).isEqualTo("ppl1");
        EngineCommand one = EngineCommand.of(new SetJobRetriesCmd("job1", null, 3, null, false));
        assertThat(one.jobId()).isEqualTo("job1");
        assertThat(one.jobScopeWide()).isFalse();
        assertThat(EngineCommand.of(new SetJobRetriesCmd(null, "jobdef1", 3, null, false)).jobScopeWide()).isTrue();
        assertThat(EngineCommand.of(new SetJobRetriesCmd(List.of("a", "b"), 3, null, false)).jobScopeWide())
                .isTrue();
    }

    @Test
    void readsAreReadsAndEverythingElseIsForTheSystem() {
        assertThat(EngineCommand.of(new TaskQueryImpl()).kind()).isEqualTo(EngineCommand.Kind.READ);
        assertThat(EngineCommand.of(new GetTaskFormVariablesCmd("t", null, false)).kind())
                .isEqualTo(EngineCommand.Kind.READ);
        assertThat(EngineCommand.of(new GetJobExceptionStacktraceCmd("j")).kind())
                .as("stack traces are not for people").isEqualTo(EngineCommand.Kind.OTHER);
        assertThat(EngineCommand.of(new ResolveTaskCmd("t", Map.of())).kind()).isEqualTo(EngineCommand.Kind.OTHER);
        assertThat(EngineCommand.of(new SetTaskVariablesCmd("t", Map.of("familyId", 1L), false)).kind())
                .isEqualTo(EngineCommand.Kind.OTHER);
    }
}
