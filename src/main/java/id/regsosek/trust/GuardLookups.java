package id.regsosek.trust;

import id.regsosek.identity.SystemCalls;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * What the guard needs to know about a task, a definition or a job, read as the system (so "not there" and "not
 * yours" are told apart here, and answered alike to the person). Forms are parsed once per distinct content.
 */
final class GuardLookups {

    record TaskFacts(String tenantId, String assignee, Set<String> candidateGroups, Set<String> candidateUsers) {
    }

    private final ProcessEngineConfigurationImpl engine;
    private final Map<String, FormSchema> forms = new ConcurrentHashMap<>();

    GuardLookups(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    Optional<TaskFacts> task(String taskId) {
        if (taskId == null) {
            return Optional.empty();
        }
        return system(() -> {
            Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
            if (task == null) {
                return Optional.empty();
            }
            var links = engine.getTaskService().getIdentityLinksForTask(taskId).stream()
                    .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).toList();
            return Optional.of(new TaskFacts(task.getTenantId(), task.getAssignee(),
                    links.stream().map(IdentityLink::getGroupId).filter(g -> g != null).collect(Collectors.toSet()),
                    links.stream().map(IdentityLink::getUserId).filter(u -> u != null).collect(Collectors.toSet())));
        });
    }

    /** The task as stored, without the person's authorizations (the guard checks access itself). */
    Optional<Task> fullTask(String taskId) {
        return taskId == null ? Optional.empty() : system(() -> Optional.ofNullable(
                engine.getTaskService().createTaskQuery().taskId(taskId).singleResult()));
    }

    Object taskVariable(String taskId, String name) {
        return system(() -> engine.getTaskService().getVariable(taskId, name));
    }

    FormSchema taskForm(String taskId) {
        return form(() -> engine.getFormService().getDeployedTaskForm(taskId));
    }

    FormSchema startForm(String processDefinitionId) {
        return form(() -> engine.getFormService().getDeployedStartForm(processDefinitionId));
    }

    /** The definition a start names, by id or by key (latest shared or of the person's regency). */
    Optional<ProcessDefinition> definition(String id, String key, String tenant) {
        return system(() -> {
            var query = engine.getRepositoryService().createProcessDefinitionQuery();
            if (id != null) {
                return Optional.ofNullable(query.processDefinitionId(id).singleResult());
            }
            if (key == null) {
                return Optional.<ProcessDefinition>empty();
            }
            return query.processDefinitionKey(key).latestVersion().list().stream()
                    .filter(d -> d.getTenantId() == null || d.getTenantId().equals(tenant)).findFirst();
        });
    }

    Optional<String> jobTenant(String jobId) {
        return system(() -> {
            Job job = jobId == null ? null : engine.getManagementService().createJobQuery().jobId(jobId)
                    .singleResult();
            return job == null ? Optional.<String>empty() : Optional.ofNullable(job.getTenantId());
        });
    }

    private FormSchema form(Supplier<InputStream> open) {
        byte[] bytes = system(() -> {
            try (InputStream in = open.get()) {
                return in.readAllBytes();
            } catch (ProcessEngineException e) {
                return new byte[0]; // no deployed form: nothing may be sent
            } catch (IOException e) {
                throw new IllegalStateException("deployed form unreadable", e);
            }
        });
        if (bytes.length == 0) {
            return FormSchema.parse("{}".getBytes(StandardCharsets.UTF_8));
        }
        return forms.computeIfAbsent(sha256(bytes), k -> FormSchema.parse(bytes));
    }

    private <T> T system(Supplier<T> work) {
        return SystemCalls.asSystem(engine.getIdentityService(), work);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
