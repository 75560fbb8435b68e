package id.regsosek.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.regsosek.assignment.AreaAssignmentProcess;
import id.regsosek.frame.AreaFiles;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.bench.SyntheticCandidates;
import id.regsosek.recruitment.selection.DistrictSelection;
import id.regsosek.recruitment.selection.SelectionProcess;
import id.regsosek.recruitment.training.TrainingProcess;
import id.regsosek.support.Http;
import id.regsosek.support.PostgresTest;
import id.regsosek.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One district's candidates on PostgreSQL with the job executor on: import over HTTP, screening, document checks,
 * test scores by CSV, interviews, the district list confirmed, result mails, training (two absent, replaced from
 * the reserve), deployed officers with users and contract mails, and the published CSV.
 */
class RecruitmentIT extends PostgresTest {

    private static final Logger log = LoggerFactory.getLogger(RecruitmentIT.class);
    private static final String REGENCY = "32.16";
    private static final String CAMPAIGN = "32.16-IT2022";
    private static final String STAFF = "rekrut-it";
    private static final String INSTRUCTOR = "instruktur-it";
    private static final String PASSWORD = "it-pass-1";
    private static final int CANDIDATES = 160;

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    FrameImports frame;
    @Autowired
    RegencyUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = RecruitmentIT.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        }
    }

    private static void waitFor(BooleanSupplier done, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + 240_000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(250);
        }
    }

    private int count(String where, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = CAMPAIGN;
        System.arraycopy(args, 0, all, 1, args.length);
        return jdbc.queryForObject("select count(*) from officer_candidate where campaign_key = ? and " + where,
                Integer.class, all);
    }

    private List<Task> open(String taskKey) {
        return tasks.createTaskQuery().taskDefinitionKey(taskKey)
                .processVariableValueEquals(RecruitmentProcess.CAMPAIGN_KEY, CAMPAIGN).list();
    }

    private long mails(String subjectPart) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(subjectPart);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    @Test
    void oneDistrictFromImportToDeployedOfficers() throws Exception {
        AreaFiles bekasi = new AreaFiles(resource("demo/idn-area/regencies.csv"),
                resource("demo/idn-area/districts.csv"), resource("demo/idn-area/villages.csv"));
        assertThat(frame.importArea(REGENCY, bekasi, "it").state()).isEqualTo("DONE");
        // A district of its own with 8,000 expected families (32 PPL, 8 PML): other ITs load the demo SLS.
        String district = RecruitmentFixture.newDistrict(jdbc, 8000);
        List<String> villages = List.of(district + ".2001");
        users.ensure(new RegencyUsers.NewUser(STAFF, "Rekrut", "IT", null, PASSWORD, Groups.RECRUITMENT_STAFF, REGENCY));
        users.ensure(new RegencyUsers.NewUser(INSTRUCTOR, "Instruktur", "IT", null, PASSWORD, Groups.INSTRUCTOR,
                REGENCY));
        Http staff = http(STAFF, PASSWORD);
        String base = "/api/recruitment/campaigns/" + CAMPAIGN;

        // Import: all rows, processes started in chunks, screening on the job executor.
        long t0 = System.currentTimeMillis();
        byte[] csv = SyntheticCandidates.csv("IT", district, villages, CANDIDATES, 2022)
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> imported = staff.upload(base + "/candidates", "file", "pendaftar.csv", csv);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        log.info("MEASURED IT: {} candidates imported and instances started over HTTP in {} ms", CANDIDATES,
                System.currentTimeMillis() - t0);
        waitFor(() -> count("status in ('TESTING', 'INELIGIBLE')") + open(RecruitmentProcess.VERIFY_DOCUMENTS).size()
                == CANDIDATES, "screening of every candidate");
        log.info("MEASURED IT: screening of {} candidates done {} ms after the upload", CANDIDATES,
                System.currentTimeMillis() - t0);
        for (Task t : open(RecruitmentProcess.VERIFY_DOCUMENTS)) {
            tasks.complete(t.getId(), java.util.Map.of(RecruitmentProcess.DOCUMENTS_VALID, true));
        }
        int ineligible = count("status = 'INELIGIBLE'");
        int tested = CANDIDATES - ineligible;
        assertThat(ineligible).isPositive();
        waitFor(() -> count("status = 'TESTING'") == tested, "every eligible candidate waiting for the test");

        // Test scores from the online test's export, then interviews.
        Random random = new Random(5);
        StringBuilder scores = new StringBuilder("registration_no,test_score\n");
        for (String reg : jdbc.queryForList("select registration_no from officer_candidate where campaign_key = ?"
                + " and status = 'TESTING'", String.class, CAMPAIGN)) {
            scores.append(reg).append(',').append(40 + random.nextInt(61)).append('\n');
        }
        HttpResponse<String> scored = staff.upload(base + "/test-scores", "file", "nilai.csv",
                scores.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(scored.statusCode()).as(scored.body()).isEqualTo(200);
        waitFor(() -> open(RecruitmentProcess.INTERVIEW).size() == tested, "interview tasks");
        for (Task t : open(RecruitmentProcess.INTERVIEW)) {
            tasks.complete(t.getId(), java.util.Map.of(RecruitmentProcess.INTERVIEW_SCORE, 40 + random.nextInt(61)));
        }
        waitFor(() -> count("status = 'AWAITING_SELECTION'") == tested, "scores of every candidate");

        // District selection, confirmed by staff; every candidate gets the result mail.
        HttpResponse<String> started = staff.postJson(base + "/districts/" + district + "/selection", "{}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        waitFor(() -> tasks.createTaskQuery().taskDefinitionKey(SelectionProcess.CONFIRM)
                .processInstanceBusinessKey(SelectionProcess.businessKey(CAMPAIGN, district)).count() == 1, "list");
        tasks.complete(tasks.createTaskQuery().taskDefinitionKey(SelectionProcess.CONFIRM)
                .processInstanceBusinessKey(SelectionProcess.businessKey(CAMPAIGN, district)).singleResult().getId());
        waitFor(() -> count("status = 'AWAITING_SELECTION'") == 0, "published outcomes");
        int selected = count("outcome = 'SELECTED'");
        DistrictSelection.Quota quota = new DistrictSelection(jdbc, null, 250, 4, 30).quota(district);
        assertThat(selected).isEqualTo(Math.min(tested, quota.ppl() + quota.pml()));
        waitFor(() -> mails("terpilih sebagai") == selected && mails("daftar cadangan") == count("outcome = 'RESERVE'")
                && mails("Hasil seleksi petugas") == count("outcome = 'NOT_SELECTED'"), "result mails");

        // Training in classes planned over REST, every trainee invited by mail; the instructor records each class's
        // sheet day by day (two PPL absent on the second day), the passes are deployed in bulk.
        List<String> absent = jdbc.queryForList("select registration_no from officer_candidate where campaign_key = ?"
                + " and outcome = 'SELECTED' and selected_role = 'PPL' order by registration_no fetch first 2 rows only",
                String.class, CAMPAIGN);
        assertThat(count("outcome = 'RESERVE' and selected_role = 'PPL'")).isGreaterThanOrEqualTo(2);
        waitFor(() -> count("status = 'SELECTED'") == selected && inTraining() == selected, "trainees waiting");
        HttpResponse<String> planned = staff.postJson(base + "/districts/" + district + "/training-classes",
                "{\"place\":\"Aula BPS Bekasi\",\"startDate\":\"" + java.time.LocalDate.now().plusDays(7)
                        + "\",\"days\":2}");
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        int classes = (selected + 29) / 30;
        waitFor(() -> mails("Undangan pelatihan") == selected && open(TrainingProcess.TASK_RECORD).size() == classes,
                "invitations and the instructor's tasks");
        recordClasses(absent);
        // The two absent trainees' places went to the next PPL reserves, who are put into one make-up class
        // (the second joins the class the first opened) and invited there.
        waitFor(() -> count("status = 'NOT_DEPLOYED'") == 2 && mails("dipanggil dari daftar cadangan") == 2
                && mails("Undangan pelatihan") == selected + 2 && open(TrainingProcess.TASK_RECORD).size() == 1,
                "promotion of two reserves into a make-up class");
        assertThat(jdbc.queryForObject("select count(*) from training_class c where c.campaign_key = ? and c.makeup"
                + " and (select count(*) from training_trainee t where t.class_key = c.class_key) = 2", Integer.class,
                CAMPAIGN)).isEqualTo(1);
        // The make-up class's results come from the instructor's app, one trainee at a time.
        Http instructor = http(INSTRUCTOR, PASSWORD);
        train(instructor, base, List.of(), 2);
        waitFor(() -> count("status = 'DEPLOYED'") == selected && mails("Kontrak") == selected,
                "deployed officers and contract mails");
        assertThat(jdbc.queryForObject("select count(*) from training_attendance a join training_class c on"
                + " c.class_key = a.class_key where c.campaign_key = ? and a.present = false", Integer.class, CAMPAIGN))
                .isEqualTo(2);
        log.info("MEASURED IT: {} candidates, {} eligible, {} selected and deployed, {} ms from upload", CANDIDATES,
                tested, selected, System.currentTimeMillis() - t0);
        assertThat(count("status = 'NOT_DEPLOYED'")).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from officer where home_district_code = ? and status = 'ACTIVE'"
                + " and candidate_id in (select id from officer_candidate where campaign_key = ?)", Integer.class,
                district, CAMPAIGN)).isEqualTo(selected);
        assertThat(identity.createUserQuery().memberOfGroup(Groups.PML).list().stream()
                .filter(u -> u.getId().startsWith("it-")).count()).isEqualTo(count("status = 'DEPLOYED' and selected_role = 'PML'"));
        MimeMessage contract = Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains("Kontrak");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(contract)).contains("Nama pengguna: it-");

        HttpResponse<String> results = staff.get(base + "/results.csv");
        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.body().lines().count()).isEqualTo(CANDIDATES + 1);
        assertThat(results.body()).contains(",SELECTED,PML,").contains(",SELECTED,PPL,")
                .contains(",NOT_DEPLOYED").contains(",RESERVE,PPL,").contains(",NOT_SELECTED,,,").doesNotContain("@contoh.id");

        // Every selected officer settled: the district's area assignment started by itself, proposing its plan.
        waitFor(() -> runtime.createProcessInstanceQuery().processDefinitionKey(AreaAssignmentProcess.KEY)
                .processInstanceBusinessKey(district).count() == 1, "area assignment started for " + district);
        waitFor(() -> tasks.createTaskQuery().processInstanceBusinessKey(district)
                .taskDefinitionKey(AreaAssignmentProcess.TASK_REVIEW).count() == 1, "the Koseka's review task");
    }

    private long inTraining() {
        return runtime.createExecutionQuery().activityId(RecruitmentProcess.WAIT_TRAINING)
                .processVariableValueEquals(RecruitmentProcess.CAMPAIGN_KEY, CAMPAIGN).count();
    }

    /** The instructor's sheet of every open class of the campaign: present both days unless named absent (day 2). */
    private void recordClasses(List<String> absent) {
        for (Task t : open(TrainingProcess.TASK_RECORD)) {
            String classKey = (String) runtime.getVariable(t.getProcessInstanceId(), TrainingProcess.CLASS_KEY);
            StringBuilder sheet = new StringBuilder();
            for (String reg : jdbc.queryForList("select registration_no from training_trainee where class_key = ?",
                    String.class, classKey)) {
                sheet.append(reg).append(absent.contains(reg) ? ";hadir;absen;60;80\n" : ";hadir;hadir;60;80\n");
            }
            tasks.complete(t.getId(), java.util.Map.of(TrainingProcess.RESULTS, sheet.toString()));
        }
    }

    /** Waits for the expected trainees to be in training, then records each one's result as the instructor. */
    private void train(Http instructor, String base, List<String> absent, int expected) throws Exception {
        waitFor(() -> count("status = 'SELECTED'") == expected && inTraining() == expected, expected + " trainees");
        for (String reg : jdbc.queryForList("select registration_no from officer_candidate where campaign_key = ?"
                + " and status = 'SELECTED'", String.class, CAMPAIGN)) {
            boolean present = !absent.contains(reg);
            HttpResponse<String> r = instructor.postJson(base + "/trainees/" + reg + "/result",
                    "{\"attendance\": [true, " + present + "], \"postTest\": " + (present ? 80 : "null") + "}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
    }
}
