package id.regsosek.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.regsosek.frame.AreaFiles;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.period.PeriodProcess;
import id.regsosek.period.PeriodSettings;
import id.regsosek.support.Http;
import id.regsosek.support.PostgresTest;
import id.regsosek.support.TestMail;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One SLS of 60 families on PostgreSQL with the job executor on, driven through the field app API with a mix of
 * outcomes (and every report sent twice, as a flaky network would), the regency admin moving the period end, and
 * the period's end closing the rest in chunks: every family ends final exactly once and every attempt is logged
 * once.
 */
class HouseholdVisitIT extends PostgresTest {

    /** The PML is told when the period's end closes its SLS's last open family. */
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    static final String DISTRICT = "32.16.15";
    static final int FAMILIES = 60;

    @Autowired
    private FrameImports imports;
    @Autowired
    private RegencyUsers users;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private VisitStarter starter;
    @Autowired
    private ManagementService management;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private HistoryService history;
    @Autowired
    private TaskService tasks;
    @Autowired
    private PeriodSettings periodSettings;

    private Http ppl;
    private Http pml;
    private Http koseka;
    private int attemptsSent;

    @Test
    void anSlsOf60FamiliesEndsWithEveryFamilyFinalOnce() throws Exception {
        VisitFixtures.Team team = team();
        List<Long> ids = new VisitFixtures(jdbc, users, "32.16").families(team, FAMILIES);
        assertThat(starter.startVisitsForSls(team.slsId())).isEqualTo(FAMILIES);
        assertThat(starter.startVisitsForSls(team.slsId())).isZero();

        // First visits: 0 complete, 1 nobody home, 2 refused for good, 3 moved, 4 refused then convinced,
        // 5 incomplete until the period ends.
        int[] first = {1, 3, 4, 5, 4, 2};
        for (int i = 0; i < FAMILIES; i++) {
            long f = ids.get(i);
            int result = first[i % 6];
            if (result == 1) {
                ok(ppl.postJson("/api/visits/families/" + f + "/data", VisitApiTest.data("3216011205800001")));
            }
            report(f, "first-" + f, result);
        }
        // Revisit due now for the nobody-home ones.
        makeDue(ids, 1, VisitProcess.TIMER_REVISIT);
        waitUntil(() -> openVisitTasks(ids, 1) == FAMILIES / 6, "revisits came due");

        for (int i = 0; i < FAMILIES; i++) {
            long f = ids.get(i);
            switch (i % 6) {
                case 1 -> {
                    ok(ppl.postJson("/api/visits/families/" + f + "/data", VisitApiTest.data("3216011205800001")));
                    report(f, "second-" + f, 1);
                }
                case 2 -> {
                    ok(pml.postJson("/api/visits/families/" + f + "/refusal", "{\"yes\":false}"));
                    ok(koseka.postJson("/api/visits/families/" + f + "/refusal", "{\"yes\":false}"));
                }
                case 3 -> ok(pml.postJson("/api/visits/families/" + f + "/move", "{\"yes\":true}"));
                case 4 -> {
                    ok(pml.postJson("/api/visits/families/" + f + "/refusal", "{\"yes\":true}"));
                    ok(ppl.postJson("/api/visits/families/" + f + "/data", VisitApiTest.data("3216011205800001")));
                    report(f, "second-" + f, 1);
                    ok(pml.postJson("/api/visits/families/" + f + "/check",
                            "{\"approved\":false,\"reason\":\"Aset ternak belum diisi\"}"));
                    ok(ppl.postJson("/api/visits/families/" + f + "/correction", "{}"));
                }
                default -> { }
            }
        }
        for (int i = 0; i < FAMILIES; i++) {
            if (List.of(0, 1, 4).contains(i % 6)) {
                ok(pml.postJson("/api/visits/families/" + ids.get(i) + "/check", "{\"approved\":true}"));
            }
        }
        for (int group = 0; group < 5; group++) {
            int g = group;
            waitUntil(() -> finalCount(ids, g) == FAMILIES / 6, "group " + g + " final");
        }
        assertThat(finalCount(ids, 5)).isZero();
        periodEndsAfterAMove();
        waitUntil(() -> finalCount(ids, -1) == FAMILIES, "every family final");
        String pmlMail = team.pmlUser() + "@test.regsosek.example";
        waitUntil(() -> java.util.Arrays.stream(mail.getReceivedMessages()).anyMatch(m -> to(m, pmlMail)),
                "the PML told of the close-out");
        var told = java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> to(m, pmlMail)).toList();
        assertThat(told).hasSize(1);
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(told.get(0))).contains(team.slsCode())
                .contains("kode 3 (tidak ada responden sampai akhir periode): " + FAMILIES / 6 + " keluarga");
        waitUntil(() -> "CLOSED".equals(jdbc.queryForObject("select state from enumeration_period where regency_code"
                + " = '32.16'", String.class)), "the period closed");

        java.util.Set<String> instances = new java.util.HashSet<>(jdbc.queryForList("select process_instance_id"
                + " from family_visit where sls_id = ?", String.class, team.slsId()));
        assertThat(instances).hasSize(FAMILIES);
        waitUntil(() -> runtime.createProcessInstanceQuery().processInstanceIds(instances).count() == 0,
                "every instance ended");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(instances).finished().count())
                .isEqualTo(FAMILIES);
        assertThat(jdbc.queryForObject("select count(*) from visit_attempt where family_id in (select id from family"
                + " where sls_id = ?)", Integer.class, team.slsId())).isEqualTo(attemptsSent);
        assertThat(jdbc.queryForList("select result_code from family where sls_id = ? order by id", Integer.class,
                team.slsId())).containsExactlyElementsOf(ids.stream().map(id -> expected(ids.indexOf(id))).toList());
        assertThat(jdbc.queryForObject("select count(*) from visit_task where sls_id = ?", Integer.class,
                team.slsId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from family_check where family_id in (select id from family"
                + " where sls_id = ?)", Integer.class, team.slsId())).isEqualTo(FAMILIES / 6 * 4);
    }

    /**
     * The regency admin moves the end (the period instance's timer follows), then the end comes: the timer is made
     * due and the job executor closes the open visits of the regency in parts of whole SLS (three visits a part at least).
     */
    private void periodEndsAfterAMove() {
        users.ensure(new RegencyUsers.NewUser("admin-it-period", "Admin", "IT", null, "demo", Groups.REGENCY_ADMIN,
                "32.16"));
        ProcessInstance period = runtime.createProcessInstanceQuery().processDefinitionKey(PeriodProcess.KEY)
                .processInstanceBusinessKey("32.16").singleResult();
        LocalDate newEnd = jdbc.queryForObject("select period_end from enumeration_period where regency_code ="
                + " '32.16'", java.sql.Date.class).toLocalDate().plusDays(3);
        HttpResponse<String> moved = http("admin-it-period", "demo").putJson("/api/period/32.16/end",
                "{\"end\":\"" + newEnd + "\",\"reason\":\"IT\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        Job timer = management.createJobQuery().processInstanceId(period.getId())
                .activityId(PeriodProcess.TIMER_PERIOD_END).singleResult();
        assertThat(timer.getDuedate()).isEqualTo(periodSettings.endMoment(newEnd));
        runtime.setVariable(period.getId(), PeriodProcess.CLOSE_CHUNK, 3);
        management.setJobDuedate(timer.getId(), Date.from(Instant.now().minusSeconds(1)));
    }

    private static boolean to(jakarta.mail.internet.MimeMessage m, String address) {
        try {
            return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int expected(int i) {
        return switch (i % 6) {
            case 0, 1, 4 -> 1;
            case 2 -> 4;
            case 3 -> 5;
            default -> 3;
        };
    }

    private VisitFixtures.Team team() throws Exception {
        AreaFiles bekasi = new AreaFiles(resource("demo/idn-area/regencies.csv"),
                resource("demo/idn-area/districts.csv"), resource("demo/idn-area/villages.csv"));
        assertThat(imports.importArea("32.16", bekasi, "it").state()).isEqualTo("DONE");
        assertThat(imports.importSls("32.16", "sls-32.16.csv", resource("demo/sls-32.16.csv"), "it").state())
                .isEqualTo("DONE");
        long sls = jdbc.queryForObject("select min(s.id) from sls s where s.district_code = ? and not exists"
                + " (select 1 from sls_assignment a where a.sls_id = s.id)", Long.class, DISTRICT);
        VisitFixtures.Team team = new VisitFixtures(jdbc, users, "32.16").team("it", sls);
        String kosekaUser = "koseka-" + team.pplUser();
        users.ensure(new RegencyUsers.NewUser(kosekaUser, "Koseka", "IT", null, "demo", Groups.KOSEKA, "32.16"));
        ppl = http(team.pplUser(), "demo");
        pml = http(team.pmlUser(), "demo");
        koseka = http(kosekaUser, "demo");
        return team;
    }

    /** Reports an attempt, then the same report again (a retry): the second must be a recognised duplicate. */
    private void report(long familyId, String clientId, int result) {
        String body = "{\"clientAttemptId\":\"" + clientId + "\",\"resultCode\":" + result + "}";
        HttpResponse<String> r = ppl.postJson("/api/visits/families/" + familyId + "/attempts", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        HttpResponse<String> retry = ppl.postJson("/api/visits/families/" + familyId + "/attempts", body);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertThat(retry.body()).contains("\"duplicate\":true");
        attemptsSent++;
    }

    private static void ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 204);
    }

    private void makeDue(List<Long> ids, int group, String timer) {
        for (int i = group; i < ids.size(); i += 6) {
            String pi = jdbc.queryForObject("select process_instance_id from family_visit where family_id = ?",
                    String.class, ids.get(i));
            Job job = management.createJobQuery().processInstanceId(pi).activityId(timer).singleResult();
            management.setJobDuedate(job.getId(), Date.from(Instant.now().minusSeconds(1)));
        }
    }

    private long openVisitTasks(List<Long> ids, int group) {
        long n = 0;
        for (int i = group; i < ids.size(); i += 6) {
            n += tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(ids.get(i)))
                    .taskDefinitionKey(VisitProcess.TASK_VISIT).count();
        }
        return n;
    }

    private long finalCount(List<Long> ids, int group) {
        long n = 0;
        for (int i = 0; i < ids.size(); i++) {
            if (group < 0 || i % 6 == group) {
                n += jdbc.queryForObject("select count(*) from family where id = ? and result_code is not null",
                        Integer.class, ids.get(i));
            }
        }
        return n;
    }

    private static void waitUntil(BooleanSupplier done, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting: " + what);
            }
            Thread.sleep(250);
        }
    }

    private static byte[] resource(String path) throws Exception {
        try (InputStream in = HouseholdVisitIT.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }
}
