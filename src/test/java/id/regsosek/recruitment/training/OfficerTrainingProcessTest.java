package id.regsosek.recruitment.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.regsosek.identity.Groups;
import id.regsosek.identity.TenantFromRegency;
import id.regsosek.recruitment.RecruitmentFixture;
import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.recruitment.candidate.RecruitmentImports;
import id.regsosek.support.AppTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of officer-training, one instance per class, with real delegates and tables: each trainee invited
 * once, the instructor's record refused while a line is wrong, the record applied and handed to each trainee's
 * recruitment; a promoted reserve joining a planned make-up class invited by the event subprocess; an invitation
 * that cannot go out retried on the model's cycle and then left as an incident.
 */
class OfficerTrainingProcessTest extends AppTest {

    /** The first try and one per interval of the model's retry cycle PT20S,PT1M,PT5M. */
    private static final int ATTEMPTS = 4;

    @Autowired
    ProcessEngine engine;
    @Autowired
    RecruitmentImports imports;
    @Autowired
    TrainingClasses classes;
    @Autowired
    MakeupClasses makeup;
    @Autowired
    JdbcTemplate jdbc;

    RecruitmentFixture fx;
    String district;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        fx = new RecruitmentFixture(imports, engine.getRuntimeService(), jdbc);
        district = RecruitmentFixture.newDistrict(jdbc, 500);
    }

    /**
     * Selected candidates of the fixture's campaign whose recruitment waits for its training result, as the
     * selection leaves them (the selection's own paths are tested in {@link SelectionProcessTest}).
     */
    private List<String> selected(int n) {
        List<String> regs = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            regs.add(fx.add("SMA", district, district + ".2001", false, "LENGKAP"));
        }
        fx.importAll();
        for (String reg : regs) {
            engine.getRuntimeService().deleteProcessInstance(fx.instance(reg).getId(), "moved to training");
            String waiting = engine.getRuntimeService().createProcessInstanceByKey(RecruitmentProcess.KEY)
                    .businessKey(reg).setVariables(Map.of(TenantFromRegency.REGENCY_VARIABLE,
                            RecruitmentFixture.REGENCY, RecruitmentProcess.CAMPAIGN_KEY, fx.campaign))
                    .startBeforeActivity(RecruitmentProcess.WAIT_TRAINING).execute().getId();
            jdbc.update("update officer_candidate set status = ?, selected_role = 'PPL', process_instance_id = ?"
                    + " where campaign_key = ? and registration_no = ?", RecruitmentProcess.SELECTED, waiting,
                    fx.campaign, reg);
        }
        return regs;
    }

    private ProcessInstance trainingOf(String classKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(TrainingProcess.KEY)
                .processInstanceBusinessKey(classKey).singleResult();
    }

    private void runJobs(ProcessInstance pi) {
        ManagementService management = engine.getManagementService();
        for (int round = 0; round < 10; round++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(pi.getId()).executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(BpmnAwareTests::execute);
        }
    }

    private int invitations(String reg) {
        return jdbc.queryForObject("select count(*) from mail_outbox where template = 'training-invitation' and"
                + " reference = ?", Integer.class, reg);
    }

    @Test
    void eachTraineeIsInvitedOnceThenTheRecordIsAppliedAndTheClassEnds() {
        List<String> regs = selected(2);
        String passes = regs.get(0);
        String absent = regs.get(1);
        List<String> keys = classes.plan(RecruitmentFixture.REGENCY, fx.campaign, district, "Aula BPS Bekasi",
                LocalDate.of(2022, 9, 20), 2);
        assertThat(keys).hasSize(1);
        ProcessInstance klass = trainingOf(keys.get(0));
        assertThat(invitations(passes)).isZero(); // the invitations are their own steps (asynchronous)

        runJobs(klass);
        assertThat(klass).hasPassed(TrainingProcess.TASK_INVITE).isWaitingAt(TrainingProcess.TASK_RECORD);
        assertThat(invitations(passes)).isOne();
        assertThat(invitations(absent)).isOne();
        assertThat(task(klass)).hasCandidateGroup(Groups.INSTRUCTOR);
        assertThat(id.regsosek.common.FormText.read(engine.getRuntimeService().getVariable(klass.getId(),
                TrainingProcess.TRAINEE_LIST))).contains(passes).contains(absent);

        complete(task(klass), withVariables(TrainingProcess.RESULTS,
                passes + ";hadir;hadir;55;85\n" + absent + ";hadir;absen;40;70\n"));
        assertThat(klass).isEnded().hasPassed(TrainingProcess.TASK_APPLY, TrainingProcess.END);
        assertThat(jdbc.queryForObject("select count(*) from training_attendance where class_key = ?",
                Integer.class, keys.get(0))).isEqualTo(4);
        assertThat(jdbc.queryForObject("select attended_all from training_trainee where class_key = ? and"
                + " registration_no = ?", Boolean.class, keys.get(0), absent)).isFalse();
        // Each trainee's recruitment took its result: the pass is deployed, the absent one is replaced.
        assertThat(fx.instance(passes)).hasPassed(RecruitmentProcess.WAIT_TRAINING, RecruitmentProcess.DEPLOY);
        assertThat(jdbc.queryForObject("select count(*) from officer where officer_code = ?", Integer.class, passes))
                .isOne();
        assertThat(fx.status(absent)).isEqualTo("NOT_DEPLOYED");
    }

    @Test
    void aRecordWithAWrongLineIsRefusedAndTheTaskStays() {
        List<String> regs = selected(1);
        ProcessInstance klass = trainingOf(classes.plan(RecruitmentFixture.REGENCY, fx.campaign, district,
                "Aula BPS Bekasi", LocalDate.of(2022, 9, 20), 2).get(0));
        runJobs(klass);
        assertThatThrownBy(() -> complete(task(klass), withVariables(TrainingProcess.RESULTS,
                regs.get(0) + ";hadir;60;85\n"))).hasMessageContaining("harus 5 kolom untuk kelas 2 hari");
        assertThat(klass).isWaitingAt(TrainingProcess.TASK_RECORD);
        assertThat(fx.instance(regs.get(0))).isWaitingAt(RecruitmentProcess.WAIT_TRAINING);
    }

    @Test
    void aPromotedReserveJoiningAPlannedMakeupClassIsInvitedByTheEventSubprocess() {
        List<String> regs = selected(2);
        String first = regs.get(0);
        String late = regs.get(1);
        // The district's make-up class, planned and not started, with the first trainee in it.
        String key = fx.campaign + "/" + district + "/K1";
        classes.open(new TrainingClasses.NewClass(key, RecruitmentFixture.REGENCY, fx.campaign, district,
                "Aula BPS Bekasi", LocalDate.now().plusDays(5), 2, true), List.of(first));
        ProcessInstance klass = trainingOf(key);
        runJobs(klass);
        assertThat(klass).isWaitingAt(TrainingProcess.TASK_RECORD);

        assertThat(makeup.enrol(RecruitmentFixture.REGENCY, fx.campaign, district, late)).isEqualTo(key);
        assertThat(klass).isWaitingAt(TrainingProcess.TASK_RECORD, TrainingProcess.TASK_INVITE_LATE);
        runJobs(klass);
        assertThat(klass).hasPassed(TrainingProcess.TASK_INVITE_LATE, TrainingProcess.END_LATE_INVITED)
                .isWaitingAt(TrainingProcess.TASK_RECORD);
        assertThat(invitations(late)).isOne();
        assertThat(invitations(first)).isOne();
        // The instructor's list, refreshed when the late trainee was invited, names both.
        assertThat(id.regsosek.common.FormText.read(engine.getRuntimeService().getVariable(klass.getId(),
                TrainingProcess.TRAINEE_LIST))).contains(first).contains(late);
    }

    @Test
    void anInvitationThatCannotGoOutIsRetriedOnTheModelsCycleThenLeftAsAnIncident() {
        // A trainee without a candidate row (a registration the class lists but the campaign lost): no address.
        String key = fx.campaign + "/" + district + "/K1";
        classes.open(new TrainingClasses.NewClass(key, RecruitmentFixture.REGENCY, fx.campaign, district,
                "Aula BPS Bekasi", LocalDate.now().plusDays(5), 2, false), List.of(fx.campaign + "-HILANG"));
        ProcessInstance klass = trainingOf(key);
        ManagementService management = engine.getManagementService();
        Job job = management.createJobQuery().processInstanceId(klass.getId()).singleResult();
        assertThatThrownBy(() -> management.executeJob(job.getId())).isNotNull();
        // The first retry waits 20 s (a concurrent update when a reserve joins clears by then), the next ones longer.
        Job retry = management.createJobQuery().processInstanceId(klass.getId()).singleResult();
        assertThat(retry.getDuedate()).isAfter(java.util.Date.from(java.time.Instant.now().plusSeconds(15)))
                .isBefore(java.util.Date.from(java.time.Instant.now().plusSeconds(25)));
        int attempts = 1;
        while (management.createJobQuery().processInstanceId(klass.getId()).singleResult().getRetries() > 0) {
            String id = management.createJobQuery().processInstanceId(klass.getId()).singleResult().getId();
            assertThatThrownBy(() -> management.executeJob(id)).isNotNull();
            attempts++;
        }
        assertThat(attempts).isEqualTo(ATTEMPTS);
        // The asynchronous continuation sits on the invitations' multi-instance body.
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(klass.getId()).singleResult()
                .getActivityId()).startsWith(TrainingProcess.TASK_INVITE);
        assertThat(klass).isNotEnded().hasNotPassed(TrainingProcess.TASK_INVITE);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(klass.getId()).count()).isZero();
    }
}
