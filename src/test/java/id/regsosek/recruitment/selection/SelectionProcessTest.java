package id.regsosek.recruitment.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import id.regsosek.assignment.OfficerDroppedOut;
import id.regsosek.identity.Groups;
import id.regsosek.mail.OutboxSender;
import id.regsosek.recruitment.RecruitmentFixture;
import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.recruitment.candidate.RecruitmentImports;
import id.regsosek.recruitment.deployment.OfficerDeployment;
import id.regsosek.recruitment.training.TrainingClasses;
import id.regsosek.recruitment.training.TrainingProcess;
import id.regsosek.recruitment.training.TrainingResults;
import id.regsosek.support.AppTest;
import id.regsosek.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * District selection against quotas with DMN roles, a recorded swap, the three outcome mails, then training:
 * pass (deployed, user created, contract mail), absent (next reserve promoted), fail with the reserve exhausted
 * (regency admin task), dropout after deployment (reserve promoted), reserve never used (timer), district short.
 */
class SelectionProcessTest extends AppTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    OutboxSender outbox;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RecruitmentImports imports;
    @Autowired
    SelectionStarter starter;
    @Autowired
    TrainingResults training;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TrainingClasses classes;

    RecruitmentFixture fx;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        fx = new RecruitmentFixture(imports, engine.getRuntimeService(), jdbc);
    }

    /** Imports the candidates (reg -> {experienced, test, interview}) and brings each to the selection. */
    private void scored(String district, Map<String, int[]> scores) {
        fx.importAll();
        StringBuilder csv = new StringBuilder();
        for (Map.Entry<String, int[]> e : scores.entrySet()) {
            execute(job(RecruitmentProcess.START, fx.instance(e.getKey())));
            csv.append(e.getKey()).append(',').append(e.getValue()[0]).append('\n');
        }
        fx.testScores(csv.toString());
        for (Map.Entry<String, int[]> e : scores.entrySet()) {
            complete(task(fx.instance(e.getKey())), withVariables(RecruitmentProcess.INTERVIEW_SCORE, e.getValue()[1]));
            assertThat(fx.instance(e.getKey())).isWaitingAt(RecruitmentProcess.WAIT_SELECTION);
        }
    }

    private String candidate(String district, boolean experienced, Map<String, int[]> scores, int test, int interview) {
        String reg = fx.add("SMA", district, district + ".2001", experienced, "LENGKAP");
        scores.put(reg, new int[] {test, interview});
        return reg;
    }

    /** Runs the instance's jobs (mails, async continuations) until it waits for something else. */
    private void drain(ProcessInstance pi) {
        for (int i = 0; i < 10; i++) {
            Job j = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().count() > 0
                    ? engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).messages().singleResult()
                    : engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
            if (j == null) {
                return;
            }
            execute(j);
        }
    }

    private MimeMessage mailTo(String reg, String subjectPart) {
        return mailsTo(reg, subjectPart).findFirst().orElseThrow(() -> new AssertionError("no mail '" + subjectPart
                + "' to " + reg));
    }

    private java.util.stream.Stream<MimeMessage> mailsTo(String reg, String subjectPart) {
        outbox.sendDue();
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(reg.toLowerCase() + "@contoh.id")
                        && m.getSubject().contains(subjectPart);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private ProcessInstance selection(String district) {
        String id = starter.start(RecruitmentFixture.REGENCY, fx.campaign, district);
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
        execute(job(SelectionProcess.START, pi));
        assertThat(pi).isWaitingAt(SelectionProcess.CONFIRM);
        assertThat(task(pi)).hasCandidateGroup(Groups.RECRUITMENT_STAFF);
        org.assertj.core.api.Assertions.assertThat(task(pi).getName())
                .startsWith("Konfirmasi daftar kecamatan: Kecamatan " + district + " ")
                .endsWith(", kegiatan " + fx.campaign);
        return pi;
    }

    @Test
    void aTrainingClassInvitesEachTraineeRecordsTheInstructorsSheetAndReplacesTheAbsent() throws Exception {
        String district = RecruitmentFixture.newDistrict(jdbc, 500); // 2 PPL, 1 PML; reserve 1 PPL, 1 PML
        Map<String, int[]> s = new LinkedHashMap<>();
        String pml = candidate(district, true, s, 90, 90);
        String ppl1 = candidate(district, false, s, 85, 85);
        String ppl2 = candidate(district, false, s, 80, 80);
        candidate(district, true, s, 75, 75);
        String pplReserve = candidate(district, false, s, 70, 70);
        scored(district, s);
        ProcessInstance sel = selection(district);
        complete(task(sel));
        execute(job(SelectionProcess.PUBLISH, sel));
        for (String reg : s.keySet()) {
            drain(fx.instance(reg));
        }

        List<String> planned = classes.plan(RecruitmentFixture.REGENCY, fx.campaign, district, "Aula BPS Bekasi",
                java.time.LocalDate.of(2022, 9, 20), 2);
        assertThat(planned).containsExactly(fx.campaign + "/" + district + "/K1");
        ProcessInstance klass = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(TrainingProcess.KEY).processInstanceBusinessKey(planned.get(0)).singleResult();
        // One invitation job per trainee (before and after each mail): run them all.
        runJobs(klass);
        for (String reg : List.of(pml, ppl1, ppl2)) {
            assertThat(GreenMailUtil.getBody(mailTo(reg, "Undangan pelatihan"))).contains("Aula BPS Bekasi")
                    .contains("2022-09-20 s.d. 2022-09-21");
        }
        assertThat(klass).isWaitingAt(TrainingProcess.TASK_RECORD);
        assertThat(task(klass)).hasCandidateGroup(Groups.INSTRUCTOR);
        org.assertj.core.api.Assertions.assertThat(task(klass).getName())
                .isEqualTo("Catat kehadiran dan nilai tes: Kelas " + planned.get(0) + ", Aula BPS Bekasi");
        assertThat(id.regsosek.common.FormText.read(engine.getRuntimeService().getVariable(klass.getId(), TrainingProcess.TRAINEE_LIST)))
                .contains(pml).contains(ppl1).contains(ppl2);

        // Two days, one column each; the old one-column "present every day" line is refused with the format.
        assertThatThrownBy(() -> complete(task(klass), withVariables(TrainingProcess.RESULTS,
                pml + ";ya;60;85\n" + ppl1 + ";hadir;hadir;50;101\n" + ppl2 + ";hadir;kadang;40;70\n")))
                .hasMessageContaining("baris 1: harus 5 kolom untuk kelas 2 hari")
                .hasMessageContaining("baris 2: nilai harus 0-100")
                .hasMessageContaining("baris 3: kehadiran tiap hari harus hadir atau absen");
        assertThatThrownBy(() -> complete(task(klass), withVariables(TrainingProcess.RESULTS,
                pml + ";hadir;hadir;60;85\n"))).hasMessageContaining("peserta " + ppl2 + " belum dicatat");
        complete(task(klass), withVariables(TrainingProcess.RESULTS,
                pml + ";hadir;hadir;60;85\n" + ppl1 + ";1;1;50;80\n" + ppl2 + ";hadir;absen;40;70\n"));
        assertThat(klass).isEnded().hasPassed(TrainingProcess.TASK_APPLY);
        for (String reg : List.of(pml, ppl1, ppl2, pplReserve)) {
            if (fx.instance(reg) != null) {
                drain(fx.instance(reg));
            }
        }
        assertThat(fx.status(pml)).isEqualTo("DEPLOYED");
        assertThat(fx.status(ppl1)).isEqualTo("DEPLOYED");
        assertThat(fx.status(ppl2)).isEqualTo("NOT_DEPLOYED");
        assertThat(fx.instance(pplReserve)).isWaitingAt(RecruitmentProcess.WAIT_TRAINING);
        assertThat(jdbc.queryForObject("select post_test from training_trainee where registration_no = ?",
                Integer.class, ppl1)).isEqualTo(80);
        // ppl2 was absent on the second day only: kept day by day, and that is enough not to be deployed.
        assertThat(jdbc.queryForList("select present from training_attendance where registration_no = ? order by"
                + " day_no", Boolean.class, ppl2)).containsExactly(true, false);
        assertThat(jdbc.queryForObject("select absent_days from training_trainee where registration_no = ?",
                Integer.class, ppl2)).isEqualTo(1);

        // The promoted reserve was put into a new make-up class of the district by itself and is invited.
        String makeup = fx.campaign + "/" + district + "/K2";
        assertThat(classes.trainees(makeup)).containsExactly(pplReserve);
        ProcessInstance makeupClass = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(TrainingProcess.KEY).processInstanceBusinessKey(makeup).singleResult();
        runJobs(makeupClass);
        assertThat(GreenMailUtil.getBody(mailTo(pplReserve, "Undangan pelatihan"))).contains("Aula BPS Bekasi")
                .contains(java.time.LocalDate.now().plusDays(3).toString());
        assertThat(makeupClass).isWaitingAt(TrainingProcess.TASK_RECORD);
        // Nobody is left waiting for a class: planning again makes none.
        assertThat(classes.plan(RecruitmentFixture.REGENCY, fx.campaign, district, "Aula BPS Bekasi",
                java.time.LocalDate.of(2022, 9, 27), 2)).isEmpty();
    }

    @Test
    void aReservePromotedWhileAMakeupClassIsPlannedJoinsItAndIsInvitedThere() throws Exception {
        String district = RecruitmentFixture.newDistrict(jdbc, 1000); // 4 PPL, 1 PML; reserve 2 PPL
        Map<String, int[]> s = new LinkedHashMap<>();
        String pml = candidate(district, true, s, 90, 90);
        String ppl1 = candidate(district, false, s, 85, 85);
        String ppl2 = candidate(district, false, s, 80, 80);
        candidate(district, false, s, 79, 79);
        candidate(district, false, s, 78, 78);
        String reserve1 = candidate(district, false, s, 70, 70);
        String reserve2 = candidate(district, false, s, 65, 65);
        scored(district, s);
        ProcessInstance sel = selection(district);
        complete(task(sel));
        execute(job(SelectionProcess.PUBLISH, sel));
        for (String reg : s.keySet()) {
            drain(fx.instance(reg));
        }
        String first = classes.plan(RecruitmentFixture.REGENCY, fx.campaign, district, "Gedung Serbaguna",
                java.time.LocalDate.now().minusDays(5), 3).get(0);

        training.record(RecruitmentFixture.REGENCY, fx.campaign, ppl1, 1, 80);
        drain(fx.instance(ppl1));
        training.record(RecruitmentFixture.REGENCY, fx.campaign, ppl2, 0, 30);
        drain(fx.instance(ppl2));

        String makeup = fx.campaign + "/" + district + "/K2";
        assertThat(classes.trainees(makeup)).containsExactly(reserve1, reserve2);
        assertThat(jdbc.queryForObject("select place || ' ' || days || ' ' || makeup from training_class where"
                + " class_key = ?", String.class, makeup)).isEqualToIgnoringCase("Gedung Serbaguna 3 true");
        ProcessInstance makeupClass = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(TrainingProcess.KEY).processInstanceBusinessKey(makeup).singleResult();
        runJobs(makeupClass);
        assertThat(makeupClass).hasPassed(TrainingProcess.TASK_INVITE_LATE).isWaitingAt(TrainingProcess.TASK_RECORD);
        // Each invited once: reserve2 joined before the class's own invitations went out, so it is both in the
        // class's list and on the late-joiner path.
        assertThat(mailsTo(reserve1, "Undangan pelatihan").count()).isEqualTo(1);
        assertThat(mailsTo(reserve2, "Undangan pelatihan").count()).isEqualTo(1);
        // The instructor's list on the form names the late joiner too.
        assertThat(id.regsosek.common.FormText.read(engine.getRuntimeService().getVariable(makeupClass.getId(), TrainingProcess.TRAINEE_LIST)))
                .contains(reserve1).contains(reserve2);
        assertThat(first).endsWith("/K1");
        assertThat(pml).isNotEqualTo(reserve1);

        // The instructor's app reports the make-up class's result for one trainee: one entry per class day.
        String result = "/api/recruitment/campaigns/" + fx.campaign + "/trainees/" + reserve1 + "/result";
        var wrong = http("instruktur1").postJson(result, "{\"attendance\":[true,true],\"postTest\":80}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("attendance has 2 day(s); class " + makeup + " lasts 3");
        var old = http("instruktur1").postJson(result, "{\"attendedAllDays\":true,\"postTest\":80}");
        assertThat(old.body()).contains("attendance is required");
        var early = http("instruktur1").postJson(result, "{\"attendance\":[true,true,true],\"postTest\":80}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("is not waiting for a training result");
        drain(fx.instance(reserve1));
        var right = http("instruktur1").postJson(result, "{\"attendance\":[true,true,true],\"postTest\":80}");
        assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
        assertThat(right.body()).contains("\"passed\":true");
        assertThat(jdbc.queryForObject("select count(*) from training_attendance where class_key = ? and"
                + " registration_no = ? and present = true", Integer.class, makeup, reserve1)).isEqualTo(3);
    }

    private void runJobs(ProcessInstance pi) {
        for (int round = 0; round < 10; round++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(BpmnAwareTests::execute);
        }
    }

    @Test
    void districtListIsRankedConfirmedWithSwapAndTrainingReplacesFromReserve() throws Exception {
        String district = RecruitmentFixture.newDistrict(jdbc, 500); // 2 PPL, 1 PML; reserve 1 PPL, 1 PML
        Map<String, int[]> s = new LinkedHashMap<>();
        String pml = candidate(district, true, s, 90, 90);
        String ppl1 = candidate(district, false, s, 85, 85);
        String ppl2 = candidate(district, false, s, 80, 80);
        String pmlReserve = candidate(district, true, s, 75, 75);
        String pplReserve = candidate(district, false, s, 70, 70);
        String last = candidate(district, false, s, 50, 50);
        scored(district, s);

        ProcessInstance sel = selection(district);
        String list = (String) engine.getRuntimeService().getVariable(sel.getId(), SelectionProcess.RANKED_LIST);
        assertThat(list).contains("Kuota: 2 PPL, 1 PML (500 keluarga)").contains(pml + " | Calon 1 | nilai 90.00 |"
                + " berpengalaman | TERPILIH PML").contains(pmlReserve).contains("CADANGAN PML #1")
                .contains(pplReserve + " | Calon 5 | nilai 70.00 | CADANGAN PPL #2").contains(last + " | Calon 6 | nilai 50.00 | TIDAK TERPILIH");
        // Staff swap the last candidate in for ppl2, with a reason that is recorded.
        complete(task(sel), withVariables(SelectionProcess.SWAP_IN, last, SelectionProcess.SWAP_OUT, ppl2,
                SelectionProcess.SWAP_REASON, "tinggal di desa terpencil yang sulit dijangkau petugas lain"));
        execute(job(SelectionProcess.PUBLISH, sel));
        assertThat(sel).isEnded().hasPassed(SelectionProcess.END);
        assertThat(jdbc.queryForObject("select reason from selection_swap where campaign_key = ? and promoted_reg_no = ?",
                String.class, fx.campaign, last)).startsWith("tinggal di desa");

        for (String reg : s.keySet()) {
            drain(fx.instance(reg));
        }
        assertThat(fx.instance(ppl2)).isNull();
        assertThat(fx.status(ppl2)).isEqualTo("NOT_SELECTED");
        assertThat(mailTo(ppl2, "Hasil seleksi")).isNotNull();
        assertThat(GreenMailUtil.getBody(mailTo(pmlReserve, "cadangan"))).contains("nomor urut 1");
        assertThat(mailTo(pml, "terpilih sebagai PML").getSubject()).contains(pml);
        assertThat(mailTo(last, "terpilih sebagai PPL")).isNotNull();
        assertThat(fx.instance(pplReserve)).isWaitingAt(RecruitmentProcess.WAIT_PROMOTION);

        // Training: the PML passes and is deployed with a user and a contract mail.
        assertThat(fx.instance(pml)).isWaitingAt(RecruitmentProcess.WAIT_TRAINING);
        assertThat(training.record(RecruitmentFixture.REGENCY, fx.campaign, pml, 0, 88)).isTrue();
        ProcessInstance pmlPi = fx.instance(pml);
        drain(pmlPi);
        assertThat(pmlPi).isWaitingAt(RecruitmentProcess.WAIT_DROPOUT);
        assertThat(fx.status(pml)).isEqualTo("DEPLOYED");
        String userId = OfficerDeployment.userId(pml);
        assertThat(engine.getIdentityService().createUserQuery().userId(userId).memberOfGroup(Groups.PML).count()).isOne();
        assertThat(engine.getIdentityService().createTenantQuery().userMember(userId).singleResult().getId())
                .isEqualTo(RecruitmentFixture.REGENCY);
        assertThat(jdbc.queryForObject("select role || ' ' || status || ' ' || home_district_code from officer"
                + " where officer_code = ?", String.class, pml)).isEqualTo("PML ACTIVE " + district);
        String contract = GreenMailUtil.getBody(mailTo(pml, "Kontrak"));
        assertThat(contract).contains("Nama pengguna: " + userId);
        String password = contract.replaceAll("(?s).*Kata sandi awal: (\\S+).*", "$1");
        assertThat(engine.getIdentityService().checkPassword(userId, password)).isTrue();

        // ppl1 is absent: not deployed, and the PPL reserve is promoted and told.
        training.record(RecruitmentFixture.REGENCY, fx.campaign, ppl1, 1, null);
        ProcessInstance absent = fx.instance(ppl1);
        drain(absent);
        assertThat(absent).isEnded().hasPassed(RecruitmentProcess.END_REPLACED);
        assertThat(fx.status(ppl1)).isEqualTo("NOT_DEPLOYED");
        drain(fx.instance(pplReserve));
        assertThat(fx.instance(pplReserve)).isWaitingAt(RecruitmentProcess.WAIT_TRAINING);
        assertThat(mailTo(pplReserve, "dipanggil dari daftar cadangan")).isNotNull();

        // The swapped-in PPL fails the post-test: no PPL reserve left, the regency admin is told.
        assertThat(training.record(RecruitmentFixture.REGENCY, fx.campaign, last, 0, 40)).isFalse();
        ProcessInstance failed = fx.instance(last);
        drain(failed);
        assertThat(failed).isWaitingAt(RecruitmentProcess.RESERVE_EXHAUSTED);
        assertThat(task(failed)).hasCandidateGroup(Groups.REGENCY_ADMIN);
        assertThat(jdbc.queryForObject("select short_of from district_selection where campaign_key = ?",
                Integer.class, fx.campaign)).isEqualTo(1);
        complete(task(failed), withVariables("shortfallAction", "rekrut tambahan"));
        assertThat(failed).isEnded();

        // The deployed PML drops out during the operation (the area assignment's event, as its DropoutService
        // publishes it): the PML reserve takes the place.
        events.publishEvent(new OfficerDroppedOut(pml, district, "PML"));
        drain(pmlPi);
        assertThat(pmlPi).isEnded().hasPassed(RecruitmentProcess.END_REPLACED);
        assertThat(fx.status(pml)).isEqualTo("LEFT");
        drain(fx.instance(pmlReserve));
        assertThat(fx.instance(pmlReserve)).isWaitingAt(RecruitmentProcess.WAIT_TRAINING);
    }

    @Test
    void districtWithTooFewCandidatesIsFlaggedAndUnusedReserveEnds() {
        String district = RecruitmentFixture.newDistrict(jdbc, 250); // 1 PPL, 1 PML; reserve 1 + 1
        Map<String, int[]> s = new LinkedHashMap<>();
        String selected = candidate(district, false, s, 80, 80);
        String reserve = candidate(district, false, s, 60, 60);
        scored(district, s);
        ProcessInstance sel = selection(district);
        complete(task(sel));
        execute(job(SelectionProcess.PUBLISH, sel));
        assertThat(sel).isWaitingAt(SelectionProcess.REVIEW_SHORTFALL);
        assertThat(task(sel)).hasCandidateGroup(Groups.REGENCY_ADMIN);
        assertThat(engine.getRuntimeService().getVariable(sel.getId(), SelectionProcess.SHORT_OF)).isEqualTo(1);

        drain(fx.instance(selected));
        assertThat(fx.instance(selected)).isWaitingAt(RecruitmentProcess.WAIT_TRAINING);
        ProcessInstance r = fx.instance(reserve);
        drain(r);
        assertThat(r).isWaitingAt(RecruitmentProcess.WAIT_PROMOTION);
        execute(job(RecruitmentProcess.TIMER_RESERVE_END, r));
        assertThat(r).isEnded().hasPassed(RecruitmentProcess.END_RESERVE_UNUSED);
    }
}
