package id.regsosek.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.regsosek.frame.FrameImports;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.identity.TenantFromRegency;
import id.regsosek.imports.ImportReport;
import id.regsosek.imports.ImportRuns;
import id.regsosek.visit.VisitFixtures;
import id.regsosek.visit.SlsCompletion;
import id.regsosek.visit.VisitProcess;
import id.regsosek.signoff.AreaSignoffProcess;
import id.regsosek.signoff.SignoffStarter;
import id.regsosek.support.AppTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of ranking-handover on a small regency whose ranks are computed by hand. */
class RankingHandoverProcessTest extends AppTest {

    private static final String CAMPAIGN = RankingFixture.REGENCY + "-2022";

    @Autowired
    private ProcessEngine engine;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private FrameImports imports;
    @Autowired
    private HandoverRuns runs;
    @Autowired
    private HandoverPackage handover;
    @Autowired
    private SignoffStarter signoffs;
    @Autowired
    private SlsCompletion completion;
    @Autowired
    private ImportRuns importRuns;
    @Autowired
    private ConsultationCorrections corrections;
    @Autowired
    private RegencyUsers users;

    private RankingFixture fixture;
    private long poor;
    private long middle;
    private long rich;

    @BeforeEach
    void threeInterviewedFamiliesAndOneRefusal() {
        BpmnAwareTests.init(engine);
        var runtime = engine.getRuntimeService();
        for (String key : List.of(CAMPAIGN, RankingFixture.SLS_A, RankingFixture.SLS_B)) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list()
                    .forEach(p -> runtime.deleteProcessInstance(p.getId(), "next test"));
        }
        fixture = new RankingFixture(jdbc, imports);
        // Scores by hand with config/ranking/pmt-weights.csv (see README): -2.53, 0.93 and 3.26.
        poor = fixture.family(RankingFixture.SLS_A, 1, 5, 30, 8, 6, 7, 6, 5, 5, 8, 1, 2);
        middle = fixture.family(RankingFixture.SLS_A, 1, 4, 60, 2, 1, 2, 4, 1, 2, 3, 3, 1, "MOTORCYCLE=1",
                "FRIDGE=1");
        rich = fixture.family(RankingFixture.SLS_A, 1, 3, 150, 2, 1, 1, 1, 1, 3, 2, 6, 1, "MOTORCYCLE=2", "CAR=1",
                "FRIDGE=1");
        fixture.family(RankingFixture.SLS_B, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(RankingHandoverProcess.KEY, CAMPAIGN,
                Map.of(TenantFromRegency.REGENCY_VARIABLE, RankingFixture.REGENCY,
                        RankingHandoverProcess.VAR_CAMPAIGN, CAMPAIGN));
    }

    private ImportReport correct(String csv) {
        return importRuns.execute(importRuns.register(ConsultationCorrections.KIND, "koreksi.csv",
                RankingFixture.REGENCY, "test"), r -> corrections.apply(RankingFixture.REGENCY, "koreksi.csv",
                csv.getBytes(StandardCharsets.UTF_8), r));
    }

    private String rankOf(long familyId) {
        return jdbc.queryForObject("select score, welfare_rank, decile from family_rank where family_id = ?",
                (rs, i) -> rs.getDouble(1) + " rank " + rs.getInt(2) + " decile " + rs.getInt(3), familyId);
    }

    private ProcessInstance throughToReview(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(RankingHandoverProcess.TASK_ACCOUNTING);
        execute(job(pi));
        assertThat(pi).isWaitingAt(RankingHandoverProcess.TASK_RANK);
        execute(job(pi));
        assertThat(pi).isWaitingAt(RankingHandoverProcess.TASK_REVIEW);
        return pi;
    }

    @Test
    void allAcceptedThenCheckedPackagedRankedAndPublished() throws Exception {
        fixture.accept(RankingFixture.SLS_A);
        fixture.accept(RankingFixture.SLS_B);
        ProcessInstance pi = throughToReview(start());

        assertThat(rankOf(poor)).isEqualTo("-2.53 rank 1 decile 4");
        assertThat(rankOf(middle)).isEqualTo("0.93 rank 2 decile 7");
        assertThat(rankOf(rich)).isEqualTo("3.26 rank 3 decile 10");
        assertThat(id.regsosek.common.FormText.read(engine.getRuntimeService().getVariable(pi.getId(), RankingHandoverProcess.VAR_DISTRIBUTION)))
                .contains("32.79.01: [0, 0, 0, 1, 0, 0, 1, 0, 0, 1]");

        Path dir = Path.of((String) engine.getRuntimeService().getVariable(pi.getId(),
                RankingHandoverProcess.VAR_PACKAGE_DIR));
        assertThat(handover.verify(dir)).isEmpty();
        assertThat(Files.readAllLines(dir.resolve("families.csv"))).hasSize(1 + 4);
        assertThat(Files.readString(dir.resolve("results.csv"))).contains(RankingFixture.SLS_A + ",1,3")
                .contains(RankingFixture.SLS_B + ",4,1");

        complete(task(pi), withVariables(RankingHandoverProcess.VAR_PUBLICATION, RankingHandoverProcess.PUBLISH));
        assertThat(pi).isEnded().hasPassed(RankingHandoverProcess.TASK_PUBLISH, RankingHandoverProcess.END_PUBLISHED);
        List<String> list = Files.readAllLines(dir.resolve("consultation").resolve("desa-" + RankingFixture.VILLAGE
                + ".csv"), StandardCharsets.UTF_8);
        assertThat(list).hasSize(4).first().asString().isEqualTo("sls,family_id,head_name,address,decile");
        assertThat(runs.find(CAMPAIGN)).containsEntry("STATUS", "PUBLISHED").containsEntry("FORCED", false);
        // Publication opens the village's consultation forum (once per campaign and village).
        assertThat(pi).hasPassed(RankingHandoverProcess.TASK_START_FORUMS);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("village-forum")
                .processInstanceBusinessKey(CAMPAIGN + "/" + RankingFixture.VILLAGE).count()).isEqualTo(1);

        Files.writeString(dir.resolve("families.csv"), "tampered\n", StandardCharsets.UTF_8);
        assertThat(handover.verify(dir)).anyMatch(p -> p.contains("families.csv checksum differs"));
    }

    @Test
    void aConsultationCorrectionIsReverifiedSignedOffAgainAndReRanked() {
        fixture.accept(RankingFixture.SLS_A);
        fixture.accept(RankingFixture.SLS_B);
        ProcessInstance first = throughToReview(start());
        complete(task(first), withVariables(RankingHandoverProcess.VAR_PUBLICATION, RankingHandoverProcess.PUBLISH));
        long slsA = fixture.slsId(RankingFixture.SLS_A);
        new VisitFixtures(jdbc, users, RankingFixture.REGENCY).team("forum", slsA);

        ImportReport bad = correct("family_id,reason\n" + poor + ",rumah sudah direnovasi\n999999999,tidak dikenal\n");
        assertThat(bad.state()).isEqualTo("REJECTED");
        assertThat(bad.problems()).singleElement().extracting(p -> p.line() + " " + p.reason())
                .isEqualTo("3 '999999999' is not a ranked family of regency 32.79");
        assertThat(jdbc.queryForObject("select result_code from family where id = ?", Integer.class, poor)).isEqualTo(1);

        ImportReport good = correct("family_id,reason\n" + poor + ",rumah sudah direnovasi dan punya mobil\n");
        assertThat(good.state()).isEqualTo("DONE");
        ProcessInstance visit = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(VisitProcess.KEY).processInstanceBusinessKey(String.valueOf(poor)).active()
                .singleResult();
        assertThat(visit).isWaitingAt(VisitProcess.TASK_VISIT);
        ProcessInstance signoff = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AreaSignoffProcess.KEY).processInstanceBusinessKey(RankingFixture.SLS_A)
                .active().singleResult();
        assertThat(signoff).isWaitingAt(AreaSignoffProcess.GATEWAY_WAIT);

        // The re-verification finds a renovated house, two cars, a fridge and five cows (its visit is tested with
        // the household visits; here its outcome is written as the visit would).
        jdbc.update("update family_housing set floor_area = 300, floor_material = 1, wall_material = 1,"
                + " roof_material = 1, water_source = 1, sanitation = 1, electricity = 3, cooking_fuel = 2"
                + " where family_id = ?", poor);
        for (String asset : new String[] {"CAR", "FRIDGE", "COW"}) {
            jdbc.update("insert into family_asset (family_id, asset_code, quantity) values (?, ?, ?)", poor, asset,
                    "CAR".equals(asset) ? 2 : "COW".equals(asset) ? 5 : 1);
        }
        // The visit's final step as production runs it: the SLS's last open family final tells its sign-off.
        assertThat(completion.finish(poor, 1)).isTrue();
        engine.getRuntimeService().deleteProcessInstance(visit.getId(), "re-verified");
        complete(task(signoff), withVariables(AreaSignoffProcess.VAR_PML_DECISION, AreaSignoffProcess.APPROVE));
        complete(task(signoff), withVariables(AreaSignoffProcess.VAR_KOSEKA_DECISION, AreaSignoffProcess.APPROVE));
        complete(task(signoff));

        ProcessInstance again = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(RankingHandoverProcess.KEY).processInstanceBusinessKey(CAMPAIGN).active()
                .singleResult();
        throughToReview(again);
        assertThat(rankOf(middle)).isEqualTo("0.93 rank 1 decile 4");
        assertThat(rankOf(rich)).isEqualTo("3.26 rank 2 decile 7");
        assertThat(rankOf(poor)).isEqualTo("4.4 rank 3 decile 10");
        assertThat(jdbc.queryForList("select step || ':' || decision from sls_signoff_decision where sls_id = ?"
                + " order by id", String.class, slsA)).containsExactly("FORUM:REOPEN", "PML:APPROVE",
                "KOSEKA:APPROVE", "ADMIN:APPROVE");
    }

    @Test
    void acceptingTheLastSlsStartsTheHandover() {
        fixture.accept(RankingFixture.SLS_A);
        ProcessInstance signoff = signoffs.startForSls(fixture.slsId(RankingFixture.SLS_B));
        complete(task(signoff), withVariables(AreaSignoffProcess.VAR_PML_DECISION, AreaSignoffProcess.APPROVE));
        complete(task(signoff), withVariables(AreaSignoffProcess.VAR_KOSEKA_DECISION, AreaSignoffProcess.APPROVE));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(CAMPAIGN)
                .count()).isZero();
        complete(task(signoff));
        assertThat(signoff).isEnded();
        ProcessInstance handoverInstance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(RankingHandoverProcess.KEY).processInstanceBusinessKey(CAMPAIGN).singleResult();
        assertThat(handoverInstance).isNotNull();
        assertThat(handoverInstance.getTenantId()).isEqualTo(RankingFixture.REGENCY);
        throughToReview(handoverInstance);
    }

    @Test
    void forcedBeforeEverySlsIsAcceptedKeepsTheAdminsReason() {
        fixture.accept(RankingFixture.SLS_A);
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt(RankingHandoverProcess.TASK_CONFIRM_FORCED);
        assertThat(task(pi)).hasCandidateGroup("regency-admin");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), RankingHandoverProcess.VAR_MISSING_LIST))
                .isEqualTo(RankingFixture.SLS_B);
        assertThatThrownBy(() -> complete(task(pi), withVariables(RankingHandoverProcess.VAR_FORCE_DECISION,
                RankingHandoverProcess.FORCE))).hasMessageContaining("needs the admin's written reason");
        complete(task(pi), withVariables(RankingHandoverProcess.VAR_FORCE_DECISION, RankingHandoverProcess.FORCE,
                RankingHandoverProcess.VAR_FORCE_REASON, "batas waktu nasional 30 November"));
        throughToReview(pi);
        assertThat(runs.find(CAMPAIGN)).containsEntry("FORCED", true).containsEntry("MISSING_SLS", 1)
                .containsEntry("FORCE_REASON", "batas waktu nasional 30 November");
    }

    @Test
    void theAdminMayWaitInsteadOfForcing() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables(RankingHandoverProcess.VAR_FORCE_DECISION, RankingHandoverProcess.WAIT));
        assertThat(pi).isEnded().hasPassed(RankingHandoverProcess.END_POSTPONED);
        assertThat(runs.find(CAMPAIGN)).containsEntry("STATUS", "POSTPONED").containsEntry("MISSING_SLS", 2);
    }

    @Test
    void anAccountingFailureBecomesAnIncidentNamingTheOffendingRows() {
        fixture.accept(RankingFixture.SLS_A);
        fixture.accept(RankingFixture.SLS_B);
        long open = fixture.family(RankingFixture.SLS_B, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        ProcessInstance pi = start();
        var management = engine.getManagementService();
        for (int attempt = 0; attempt < 2; attempt++) {
            String jobId = job(pi).getId();
            assertThatThrownBy(() -> management.executeJob(jobId))
                    .hasMessageContaining("accepted SLS " + RankingFixture.SLS_B + " has open family " + open);
        }
        var incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo(RankingHandoverProcess.TASK_ACCOUNTING);
        assertThat(incident.getIncidentMessage()).contains("has open family " + open);
        assertThat(jdbc.queryForObject("select count(*) from family_rank where regency_code = ?", Integer.class,
                RankingFixture.REGENCY)).isZero();
    }

    @Test
    void theAdminMayRejectPublicationWithAReason() {
        fixture.accept(RankingFixture.SLS_A);
        fixture.accept(RankingFixture.SLS_B);
        ProcessInstance pi = throughToReview(start());
        assertThatThrownBy(() -> complete(task(pi), withVariables(RankingHandoverProcess.VAR_PUBLICATION,
                RankingHandoverProcess.REJECT))).hasMessageContaining("needs a written reason");
        complete(task(pi), withVariables(RankingHandoverProcess.VAR_PUBLICATION, RankingHandoverProcess.REJECT,
                RankingHandoverProcess.VAR_PUBLICATION_REASON, "desil 1 terlalu besar di Banjar, periksa bobot"));
        assertThat(pi).isEnded().hasPassed(RankingHandoverProcess.TASK_RECORD_REJECTION,
                RankingHandoverProcess.END_NOT_PUBLISHED);
        assertThat(runs.find(CAMPAIGN)).containsEntry("STATUS", "REJECTED");
    }
}
