package id.regsosek.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import id.regsosek.identity.Groups;
import id.regsosek.identity.TenantFromRegency;
import id.regsosek.support.AppTest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The regency campaign: registration window, every district's selection, then training planned everywhere. */
class CampaignProcessTest extends AppTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RecruitmentImports imports;
    @Autowired
    JdbcTemplate jdbc;

    RecruitmentFixture fx;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        fx = new RecruitmentFixture(imports, engine.getRuntimeService(), jdbc);
    }

    private Map<String, Object> plan(String campaign) {
        Map<String, Object> v = new HashMap<>();
        v.put(TenantFromRegency.REGENCY_VARIABLE, RecruitmentFixture.REGENCY);
        v.put(RecruitmentProcess.CAMPAIGN_KEY, campaign);
        v.put(CampaignProcess.REGISTRATION_CLOSES, "2022-08-31T23:59");
        v.put(CampaignProcess.TRAINING_PLACE, "Aula BPS Bekasi");
        v.put(CampaignProcess.TRAINING_START, "2022-09-20");
        v.put(CampaignProcess.TRAINING_DAYS, 2L);
        return v;
    }

    @Test
    void registrationClosesSelectionsStartAndTrainingIsPlanned() {
        String district = RecruitmentFixture.newDistrict(jdbc, 500);
        fx.add("SMA", district, district + ".2001", false, "LENGKAP");
        fx.importAll();

        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(CampaignProcess.KEY, plan(fx.campaign));
        assertThat(pi).isWaitingAt(CampaignProcess.TIMER_CLOSED);
        execute(job(pi));
        assertThat(pi).isWaitingAt(CampaignProcess.TASK_START_SELECTIONS);
        execute(job(pi));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SelectionProcess.KEY)
                .processInstanceBusinessKey(SelectionProcess.businessKey(fx.campaign, district)).count()).isOne();
        assertThat(pi).isWaitingAt(CampaignProcess.TASK_CONFIRM);
        assertThat(task(pi)).hasCandidateGroup(Groups.REGENCY_ADMIN);
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), CampaignProcess.DISTRICTS))
                .contains(district);

        complete(task(pi));
        execute(job(pi));
        assertThat(pi).isEnded().hasPassed(CampaignProcess.TASK_PLAN_TRAINING, CampaignProcess.END);
    }

    @Test
    void aCampaignOfAnotherRegencyOrWithoutDatesIsRefusedAtOnce() {
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(CampaignProcess.KEY,
                plan("32.75-2022"))).hasMessageContaining("campaign key 32.75-2022 belongs to another regency than 32.16");
        Map<String, Object> noDate = plan(fx.campaign);
        noDate.put(CampaignProcess.REGISTRATION_CLOSES, "akhir Agustus");
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(CampaignProcess.KEY, noDate))
                .hasMessageContaining("registration close");
    }
}
