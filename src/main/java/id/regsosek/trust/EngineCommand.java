package id.regsosek.trust;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.AbstractNativeQuery;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * What a person's engine command is and what it carries. The engine's command classes keep their arguments in
 * protected fields without getters, so the few we must read are read here, in one place, by name (checked
 * against Camunda 7.24.0; {@code EngineCommandTest} fails when an engine upgrade renames them, and an argument
 * that cannot be read refuses the command rather than letting it through).
 */
public record EngineCommand(Kind kind, String name, String taskId, Map<String, ?> variables, String userId,
                            ProcessInstantiationBuilderImpl start, String processDefinitionId, String businessKey,
                            User user, String jobId, boolean jobScopeWide,
                            org.camunda.bpm.engine.task.Task savedTask) {

    public enum Kind { READ, COMPLETE_TASK, SUBMIT_TASK_FORM, CLAIM_TASK, SAVE_TASK, START, SUBMIT_START_FORM,
        SAVE_USER, SET_JOB_RETRIES, OTHER }

    /** Reads that go around tenant and authorization checks, or show raw stack traces: not for people. */
    private static final Set<String> CLOSED_READS = Set.of("GetJobExceptionStacktraceCmd",
            "GetHistoricJobLogExceptionStacktraceCmd", "GetExternalTaskErrorDetailsCmd",
            "GetHistoricExternalTaskLogErrorDetailsCmd", "GetTableCountCmd", "GetTableMetaDataCmd",
            "GetTableNameCmd", "GetPropertiesCmd", "GetLicenseKeyCmd", "GetTelemetryDataCmd", "GetNextIdBlockCmd",
            "GetUniqueTaskWorkerCountCmd", "GetTopicNamesCmd");

    public static EngineCommand of(Command<?> command) {
        Class<?> type = command.getClass();
        String name = type.getSimpleName();
        if (type == CompleteTaskCmd.class) {
            return task(Kind.COMPLETE_TASK, name, field(command, "taskId"), field(command, "variables"), null);
        }
        if (type == SubmitTaskFormCmd.class) {
            return task(Kind.SUBMIT_TASK_FORM, name, field(command, "taskId"), field(command, "properties"), null);
        }
        if (type == ClaimTaskCmd.class) {
            return task(Kind.CLAIM_TASK, name, field(command, "taskId"), null, field(command, "userId"));
        }
        if (type == SaveTaskCmd.class) {
            // The task as the person would save it: its id (none for a new task) and the changed object itself.
            org.camunda.bpm.engine.task.Task saved = field(command, "task");
            return new EngineCommand(Kind.SAVE_TASK, name, saved == null ? null : saved.getId(), null, null, null,
                    null, null, null, null, false, saved);
        }
        if (type == StartProcessInstanceCmd.class) {
            ProcessInstantiationBuilderImpl b = field(command, "instantiationBuilder");
            return new EngineCommand(Kind.START, name, null, b.getVariables(), null, b, b.getProcessDefinitionId(),
                    b.getBusinessKey(), null, null, false, null);
        }
        if (type == SubmitStartFormCmd.class) {
            return new EngineCommand(Kind.SUBMIT_START_FORM, name, null, field(command, "variables"), null, null,
                    field(command, "processDefinitionId"), field(command, "businessKey"), null, null, false, null);
        }
        if (type == SaveUserCmd.class) {
            return new EngineCommand(Kind.SAVE_USER, name, null, null, null, null, null, null,
                    field(command, "user"), null, false, null);
        }
        if (type == SetJobRetriesCmd.class) {
            String jobId = field(command, "jobId");
            boolean wide = field(command, "jobDefinitionId") != null || field(command, "jobIds") != null;
            return new EngineCommand(Kind.SET_JOB_RETRIES, name, null, null, null, null, null, null, null, jobId,
                    wide, null);
        }
        return new EngineCommand(read(command, name) ? Kind.READ : Kind.OTHER, name, null, null, null, null, null,
                null, null, null, false, null);
    }

    private static boolean read(Command<?> command, String name) {
        if (command instanceof AbstractNativeQuery<?, ?>) {
            return false;
        }
        if (command instanceof AbstractQuery<?, ?>) {
            return true;
        }
        boolean getter = name.startsWith("Get") || name.startsWith("Is") || name.startsWith("Find")
                || name.startsWith("ExecuteFilter") || name.equals("AuthorizationCheckCmd")
                || (name.startsWith("Create") && name.endsWith("QueryCmd"));
        return getter && !CLOSED_READS.contains(name);
    }

    private static EngineCommand task(Kind kind, String name, String taskId, Map<String, ?> variables, String user) {
        return new EngineCommand(kind, name, taskId, variables, user, null, null, null, null, null, false, null);
    }

    @SuppressWarnings("unchecked")
    static <T> T field(Object target, String name) {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return (T) f.get(target);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                break;
            }
        }
        throw new IllegalStateException("engine command " + target.getClass().getSimpleName() + " has no field "
                + name + " (engine upgraded? see EngineCommand)");
    }
}
