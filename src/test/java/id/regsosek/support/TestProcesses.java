package id.regsosek.support;

import org.camunda.bpm.engine.RepositoryService;

/** Test-only processes from src/test/resources/test-processes/, deployed once per database when a test needs one. */
public final class TestProcesses {

    /** One user task for candidate group regency-admin. */
    public static final String TENANT_PROBE = "tenant-probe";
    public static final String TENANT_PROBE_TASK = "Task_Probe";
    /** An async service task that always fails. */
    public static final String FAILING_PROBE = "failing-probe";
    public static final String FAILING_PROBE_TASK = "Task_Fails";

    private TestProcesses() {
    }

    public static void deploy(RepositoryService repository, String key) {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
            repository.createDeployment().name(key).addClasspathResource("test-processes/" + key + ".bpmn").deploy();
        }
    }
}
