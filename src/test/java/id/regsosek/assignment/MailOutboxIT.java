package id.regsosek.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import id.regsosek.frame.AreaFiles;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.identity.TenantFromRegency;
import id.regsosek.mail.MailOutbox;
import id.regsosek.mail.Mailer;
import id.regsosek.mail.OutboxSender;
import id.regsosek.mail.OutboxSettings;
import id.regsosek.mail.SmtpTransport;
import id.regsosek.signoff.AreaSignoffProcess;
import id.regsosek.support.PostgresTest;
import id.regsosek.support.TestMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL with the job executor and the application's own outbox sender on: with the mail server down, a
 * Koseka's approval still starts the district's field work (every SLS gets its sign-off) and the area-list mails
 * wait in the outbox, failing and retried; when the server comes back they arrive, once each. And three senders
 * (the application's and two more) on one database never send a row twice.
 */
class MailOutboxIT extends PostgresTest {

    @Autowired
    FrameImports imports;
    @Autowired
    RegencyUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Mailer mailer;
    @Autowired
    OutboxSettings settings;
    @Autowired
    MailProperties mailProperties;

    @BeforeEach
    void bekasi() throws Exception {
        AreaFiles bekasi = new AreaFiles(resource("demo/idn-area/regencies.csv"),
                resource("demo/idn-area/districts.csv"), resource("demo/idn-area/villages.csv"));
        assertThat(imports.importArea("32.16", bekasi, "it").state()).isEqualTo("DONE");
    }

    @Test
    void theChainMovesWithTheMailServerDownAndTheMailsArriveWhenItIsBack() throws Exception {
        TestDistrict d = TestDistrict.create(jdbc, users, "32.16.93", 3, 1, new int[] {250, 240}, new int[] {260});
        long before = maxId();

        // No mail server at all.
        runtime.createMessageCorrelation(AreaAssignmentProcess.MESSAGE_OFFICERS_DEPLOYED).processInstanceBusinessKey(d.code)
                .setVariable(TenantFromRegency.REGENCY_VARIABLE, "32.16")
                .setVariable(AreaAssignmentProcess.DISTRICT_CODE, d.code).correlateStartMessage();
        waitFor(() -> tasks.createTaskQuery().processInstanceBusinessKey(d.code)
                .taskDefinitionKey(AreaAssignmentProcess.TASK_REVIEW).count() == 1, "the Koseka's review");
        String review = tasks.createTaskQuery().processInstanceBusinessKey(d.code)
                .taskDefinitionKey(AreaAssignmentProcess.TASK_REVIEW).singleResult().getId();
        tasks.complete(review, Map.of(AreaAssignmentProcess.APPROVED, true));

        waitFor(() -> d.slsCodes.stream().allMatch(sls -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(AreaSignoffProcess.KEY).processInstanceBusinessKey(sls).count() == 1),
                "field work started: every SLS has its sign-off");
        waitFor(() -> jdbc.queryForObject("select count(*) from mail_outbox where id > ? and attempts >= 2 and"
                + " last_error = 'server email tidak dapat dihubungi (koneksi ditolak)'", Integer.class, before) >= 1,
                "the mails failing and retried by themselves");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where id > ? and template = ?",
                Integer.class, before, AreaListMail.TEMPLATE_APPROVED)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Integer.class)).isZero();

        GreenMail server = new GreenMail(TestMail.SMTP);
        server.start();
        try {
            waitFor(() -> unsentAfter(before) == 0, "every queued mail sent");
            Map<String, Long> copies = copies(server, messageIdsAfter(before));
            assertThat(copies).hasSize(4);
            assertThat(copies.values()).containsOnly(1L);
        } finally {
            server.stop();
        }
    }

    @Test
    void threeSendersOnOneDatabaseNeverSendARowTwice() throws Exception {
        GreenMail server = new GreenMail(TestMail.SMTP);
        server.start();
        List<SmtpTransport> transports = new ArrayList<>();
        try {
            long before = maxId();
            for (int i = 0; i < 40; i++) {
                mailer.send("32.16", "signoff-koseka", "it" + i + "@test.example", Map.of("slsCode", "IT-" + i,
                        "summary", "ringkasan"), "uji-serentak-pg");
            }
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                SmtpTransport smtp = new SmtpTransport(mailProperties, "regsosek@bps.example", settings.sendDeadline());
                transports.add(smtp);
                OutboxSender extra = new OutboxSender(outbox, smtp, settings, Clock.systemUTC());
                running.add(pool.submit(() -> {
                    Instant end = Instant.now().plusSeconds(30);
                    while (unsentAfter(before) > 0 && Instant.now().isBefore(end)) {
                        extra.sendDue();
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            waitFor(() -> unsentAfter(before) == 0, "every mail sent");
            Map<String, Long> copies = copies(server, messageIdsAfter(before));
            assertThat(copies).hasSize(40);
            assertThat(copies.values()).containsOnly(1L);
        } finally {
            transports.forEach(SmtpTransport::close);
            server.stop();
        }
    }

    private long maxId() {
        Long max = jdbc.queryForObject("select max(id) from mail_outbox", Long.class);
        return max == null ? 0 : max;
    }

    private int unsentAfter(long id) {
        return jdbc.queryForObject("select count(*) from mail_outbox where id > ? and state <> 'SENT'", Integer.class,
                id);
    }

    private List<String> messageIdsAfter(long id) {
        return jdbc.queryForList("select message_id from mail_outbox where id > ?", String.class, id);
    }

    private static Map<String, Long> copies(GreenMail server, List<String> ids) {
        return Arrays.stream(server.getReceivedMessages()).map(MailOutboxIT::messageId).filter(ids::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String path) throws Exception {
        try (InputStream in = MailOutboxIT.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(end);
            Thread.sleep(200);
        }
    }
}
