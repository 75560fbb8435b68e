package id.regsosek.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.identity.TenantFromRegency;
import id.regsosek.signoff.AreaSignoffProcess;
import id.regsosek.support.AppTest;
import id.regsosek.support.TestProcesses;
import id.regsosek.visit.VisitProcess;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A NIK passing through a process variable leaves no trace in the engine's history; other variables do. */
class PersonalDataHistoryFilterTest extends AppTest {

    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private HistoryService history;
    @Autowired
    private PersonalDataHistoryFilter filter;

    @Test
    void theHeadsNikIsNotKeptInHistory() {
        TestProcesses.deploy(repository, TestProcesses.TENANT_PROBE);
        String pi = runtime.startProcessInstanceByKey(TestProcesses.TENANT_PROBE, Map.of(
                TenantFromRegency.REGENCY_VARIABLE, "32.16", VisitProcess.HEAD_NIK, "3216014501900001")).getId();
        runtime.setVariable(pi, VisitProcess.HEAD_NIK, "3216014501900002");
        assertThat(runtime.getVariable(pi, VisitProcess.HEAD_NIK)).isEqualTo("3216014501900002");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi).includeDeleted()
                .variableName(VisitProcess.HEAD_NIK).count()).isZero();
        runtime.removeVariable(pi, VisitProcess.HEAD_NIK);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi).includeDeleted()
                .variableName(VisitProcess.HEAD_NIK).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi)
                .variableName(TenantFromRegency.REGENCY_VARIABLE).count()).isEqualTo(1);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi).count()).isPositive();
    }

    @Test
    void theMembersListKeyedInTasklistIsNotKeptInHistory() {
        TestProcesses.deploy(repository, TestProcesses.TENANT_PROBE);
        String members = "[{\"name\":\"Siti\",\"nik\":\"3216015507920002\"}]";
        String pi = runtime.startProcessInstanceByKey(TestProcesses.TENANT_PROBE, Map.of(
                TenantFromRegency.REGENCY_VARIABLE, "32.16")).getId();
        // A Json variable, as Tasklist submits the form's members list; then changed once.
        runtime.setVariable(pi, VisitProcess.MEMBERS, org.camunda.spin.Spin.JSON("[]"));
        runtime.setVariable(pi, VisitProcess.MEMBERS, org.camunda.spin.Spin.JSON(members));
        assertThat(runtime.getVariable(pi, VisitProcess.MEMBERS).toString()).contains("3216015507920002");
        runtime.removeVariable(pi, VisitProcess.MEMBERS);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi).includeDeleted()
                .variableName(VisitProcess.MEMBERS).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi)
                .variableName(TenantFromRegency.REGENCY_VARIABLE).count()).isEqualTo(1);
    }

    @Test
    void everyFeaturesPersonalVariablesAreCollected() {
        // The visit's provider (this package knows no feature): every member row field of the Tasklist form.
        for (String field : VisitProcess.MEMBER_FIELDS) {
            assertThat(filter.isPersonal(VisitProcess.memberField(VisitProcess.MEMBER_ROWS, field))).as(field).isTrue();
        }
        // The check's family display, the Tasklist head column, the sign-off's family table (heads' names).
        for (String name : new String[] {VisitProcess.FORM_FAMILY, VisitProcess.FORM_MEMBERS, VisitProcess.HEAD_COLUMN,
                AreaSignoffProcess.VAR_FAMILIES}) {
            assertThat(filter.isPersonal(name)).as(name).isTrue();
        }
        assertThat(filter.isPersonal(TenantFromRegency.REGENCY_VARIABLE)).isFalse();
    }
}
