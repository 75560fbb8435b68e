package id.regsosek.trust;

import id.regsosek.identity.Groups;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/** What a person may do with each kind of engine command: null means go ahead, else why not. */
final class PersonCommandRules {

    private final GuardLookups lookups;

    PersonCommandRules(GuardLookups lookups) {
        this.lookups = lookups;
    }

    Refusal refusal(EngineCommand c, Authentication auth) {
        return switch (c.kind()) {
            case READ -> null;
            case COMPLETE_TASK, SUBMIT_TASK_FORM -> work(c, auth);
            case CLAIM_TASK -> claim(c, auth);
            case SAVE_TASK -> plan(c, auth);
            case START, SUBMIT_START_FORM -> start(c, auth);
            case SAVE_USER -> c.user() != null && auth.getUserId().equals(c.user().getId())
                    ? null : Refusal.OTHER_USER;
            case SET_JOB_RETRIES -> retry(c, auth);
            case OTHER -> Refusal.NOT_ALLOWED;
        };
    }

    private Refusal work(EngineCommand c, Authentication auth) {
        Optional<GuardLookups.TaskFacts> task = lookups.task(c.taskId());
        Refusal access = task.isEmpty() ? Refusal.NOT_FOUND_OR_NOT_YOURS : access(task.get(), auth);
        return access != null ? access : inputs(lookups.taskForm(c.taskId()), c.variables(),
                name -> lookups.taskVariable(c.taskId(), name));
    }

    /** Only the assignee works an assigned task; an open one, only its candidates (group or user). */
    private static Refusal access(GuardLookups.TaskFacts t, Authentication auth) {
        if (t.tenantId() == null || auth.getTenantIds() == null || !auth.getTenantIds().contains(t.tenantId())) {
            return Refusal.NOT_FOUND_OR_NOT_YOURS;
        }
        if (t.assignee() != null) {
            return t.assignee().equals(auth.getUserId()) ? null : Refusal.OTHER_OFFICER;
        }
        boolean candidate = t.candidateUsers().contains(auth.getUserId()) || (auth.getGroupIds() != null
                && auth.getGroupIds().stream().anyMatch(t.candidateGroups()::contains));
        return candidate ? null : Refusal.NOT_FOUND_OR_NOT_YOURS;
    }

    /**
     * Saving a task (Tasklist's "follow-up date" and "due date"): the assignee plans its own task's days, nothing
     * else. Every other field must be as stored: a new task, another assignee, owner, name, priority, tenant,
     * parent or delegation is the system's.
     */
    private Refusal plan(EngineCommand c, Authentication auth) {
        Optional<org.camunda.bpm.engine.task.Task> stored = lookups.fullTask(c.taskId());
        if (stored.isEmpty() || c.savedTask() == null) {
            return Refusal.NOT_FOUND_OR_NOT_YOURS;
        }
        org.camunda.bpm.engine.task.Task was = stored.get();
        Refusal access = access(lookups.task(c.taskId()).orElseThrow(), auth);
        if (access != null) {
            return access;
        }
        if (!auth.getUserId().equals(was.getAssignee())) {
            return Refusal.PLAN_OWN_TASK;
        }
        return TaskPlanChange.onlyDates(was, c.savedTask()) ? null : Refusal.PLAN_DATES_ONLY;
    }

    /** Claiming needs the right to work the task; giving it back (no user) that it is one's own. */
    private Refusal claim(EngineCommand c, Authentication auth) {
        if (c.userId() != null && !c.userId().equals(auth.getUserId())) {
            return Refusal.CLAIM_FOR_OTHERS;
        }
        Optional<GuardLookups.TaskFacts> task = lookups.task(c.taskId());
        return task.isEmpty() ? Refusal.NOT_FOUND_OR_NOT_YOURS : access(task.get(), auth);
    }

    private Refusal start(EngineCommand c, Authentication auth) {
        var b = c.start();
        if (b != null && (b.getCaseInstanceId() != null || b.getRestartedProcessInstanceId() != null
                || (b.getModificationBuilder() != null
                && !b.getModificationBuilder().getModificationOperations().isEmpty()))) {
            return Refusal.START_INSTRUCTIONS;
        }
        String tenant = auth.getTenantIds() == null || auth.getTenantIds().size() != 1 ? null
                : auth.getTenantIds().get(0);
        if (tenant == null || (b != null && b.getTenantId() != null && !tenant.equals(b.getTenantId()))) {
            return Refusal.NOT_FOUND_OR_NOT_YOURS;
        }
        if (c.businessKey() != null && !c.businessKey().isBlank()) {
            return Refusal.BUSINESS_KEY;
        }
        Optional<ProcessDefinition> definition = lookups.definition(c.processDefinitionId(),
                b == null ? null : b.getProcessDefinitionKey(), tenant);
        if (definition.isEmpty()) {
            return Refusal.NOT_FOUND_OR_NOT_YOURS;
        }
        if (!definition.get().isStartableInTasklist()) {
            return Refusal.NOT_STARTABLE;
        }
        return inputs(lookups.startForm(definition.get().getId()), c.variables(), name -> null);
    }

    private static Refusal inputs(FormSchema form, Map<String, ?> sent, Function<String, Object> current) {
        List<String> undeclared = FormInputCheck.undeclared(form, sent);
        if (!undeclared.isEmpty()) {
            return Refusal.forbid(String.join("; ", undeclared));
        }
        List<String> problems = FormInputCheck.problems(form, sent, current, true);
        return problems.isEmpty() ? null : Refusal.invalid(String.join("; ", problems));
    }

    private Refusal retry(EngineCommand c, Authentication auth) {
        if (auth.getGroupIds() == null || !auth.getGroupIds().contains(Groups.REGENCY_ADMIN)) {
            return Refusal.NOT_ALLOWED;
        }
        if (c.jobScopeWide() || c.jobId() == null) {
            return Refusal.WIDE_RETRY;
        }
        Optional<String> tenant = lookups.jobTenant(c.jobId());
        return tenant.isPresent() && auth.getTenantIds() != null && auth.getTenantIds().contains(tenant.get())
                ? null : Refusal.NOT_FOUND_OR_NOT_YOURS;
    }
}
