package id.regsosek.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.signoff.SignoffStarter;
import id.regsosek.support.AppTest;
import id.regsosek.support.TestMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mail server down, hung (accepts, never answers), slow (answers after the lease) and back again, with two
 * senders at work: every mail arrives exactly once (counted by Message-ID), and the Koseka's task appears while
 * the server is away.
 */
class OutboxResilienceTest extends AppTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Mailer mailer;
    @Autowired
    TaskService tasks;
    @Autowired
    RegencyUsers users;
    @Autowired
    SignoffStarter starter;

    private OutboxFixture fx;

    @BeforeEach
    void fixture() {
        fx = new OutboxFixture(jdbc, outbox, mailer);
        OutboxFixture.parkOthers(jdbc);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void downHungSlowThenBackLosesNothingSendsNothingTwiceAndDelaysNoTask() throws Exception {
        long before = fx.maxId();
        fx.queue("uji-pemadaman", 8);
        OutboxSettings settings = OutboxFixture.settings();

        // Down: nobody listens. The round stops at the first refusal; the mail is retried later.
        OutboxSender down = fx.sender(FakeSmtp.closedPort(), settings);
        assertThat(down.sendDue()).isZero();
        assertThat(jdbc.queryForList("select last_error from mail_outbox where id > ? and attempts > 0",
                String.class, before)).containsOnly("server email tidak dapat dihubungi (koneksi ditolak)");
        ProcessInstance first = OutboxFixture.signoffAtPml(jdbc, users, starter);
        OutboxFixture.pmlApproves(tasks, first);
        assertThat(OutboxFixture.kosekaTasks(tasks, first)).as("Koseka's task with the server down").isEqualTo(1);

        // Hung: two senders block in a send; each send is cut at its deadline, not the 5 s read timeout.
        try (FakeSmtp.Hung hung = new FakeSmtp.Hung()) {
            List<Long> rounds = new ArrayList<>();
            ExecutorService two = Executors.newFixedThreadPool(2);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                OutboxSender s = fx.sender(hung.port(), settings);
                running.add(two.submit(() -> loop(s, Duration.ofMillis(2500), rounds)));
            }
            waitUntil(() -> hung.accepted.get() > 0, "a sender connected to the hung server");
            ProcessInstance second = OutboxFixture.signoffAtPml(jdbc, users, starter);
            OutboxFixture.pmlApproves(tasks, second);
            assertThat(OutboxFixture.kosekaTasks(tasks, second)).as("Koseka's task while a send hangs").isEqualTo(1);
            for (Future<?> f : running) {
                f.get(20, TimeUnit.SECONDS);
            }
            two.shutdown();
            synchronized (rounds) {
                assertThat(rounds).isNotEmpty().allSatisfy(ms -> assertThat(ms).isLessThan(1500L));
            }
        }
        assertThat(jdbc.queryForList("select distinct last_error from mail_outbox where id > ? and attempts > 1",
                String.class, before)).contains("server email terlalu lambat: pengiriman dihentikan pada batas waktunya");

        // Slow: answers only after the lease has run out. Nothing may get through twice, so nothing gets through.
        try (FakeSmtp.Slow slow = new FakeSmtp.Slow(TestMail.PORT, 2000)) {
            List<OutboxSender> senders = List.of(fx.sender(slow.port(), settings), fx.sender(slow.port(), settings));
            runConcurrently(senders, Duration.ofMillis(3000));
            assertThat(received(fx.messageIdsAfter(before))).isEmpty();

            // Back again: the same senders deliver every mail.
            slow.delayMillis = 0;
            Instant end = Instant.now().plusSeconds(30);
            while (fx.unsentAfter(before) > 0 && Instant.now().isBefore(end)) {
                runConcurrently(senders, Duration.ofMillis(300));
            }
        }
        List<String> ids = fx.messageIdsAfter(before);
        assertThat(ids).hasSize(8 + 2);
        assertThat(fx.unsentAfter(before)).as("lost").isZero();
        Map<String, Long> copies = received(ids);
        assertThat(copies.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(copies.values()).as("copies per Message-ID").containsOnly(1L);
    }

    @Test
    void fourSendersOnOneDatabaseNeverSendARowTwice() throws Exception {
        long before = fx.maxId();
        fx.queue("uji-serentak", 60);
        OutboxSettings settings = OutboxFixture.settings();
        List<OutboxSender> senders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            senders.add(fx.sender(TestMail.PORT, settings));
        }
        Instant end = Instant.now().plusSeconds(60);
        while (fx.unsentAfter(before) > 0 && Instant.now().isBefore(end)) {
            runConcurrently(senders, Duration.ofMillis(200));
        }
        List<String> ids = fx.messageIdsAfter(before);
        Map<String, Long> copies = received(ids);
        assertThat(copies).hasSize(60);
        assertThat(copies.values()).containsOnly(1L);
        assertThat(jdbc.queryForObject("select max(attempts) from mail_outbox where id > ?", Integer.class, before))
                .isEqualTo(1);
    }

    @Test
    void aSenderThatDiesMidSendLeavesALeaseThatExpiresAndTheMailGoesOutWithItsMessageId() throws Exception {
        OutboxSettings settings = OutboxFixture.settings();
        OutboxSender survivor = fx.sender(TestMail.PORT, settings);
        survivor.sendDue();
        long before = fx.maxId();
        fx.queue("uji-mati", 2);
        // A sender claims both, delivers the first and dies before marking it; the second it never sends.
        OutboxSender dying = fx.sender(TestMail.PORT, settings);
        List<MailOutbox.Claimed> claimed = outbox.claim("dead-node", Instant.now(), settings.lease(), 5);
        assertThat(claimed).hasSize(2);
        fx.lastTransport().send(claimed.get(0));
        assertThat(dying).isNotNull();

        assertThat(survivor.sendDue()).as("leases still held").isZero();
        Thread.sleep(settings.lease().toMillis() + 100);
        assertThat(survivor.sendDue()).isEqualTo(2);

        Map<String, Long> copies = received(fx.messageIdsAfter(before));
        // The delivered one twice under one Message-ID (a duplicate clients drop), the other once: nothing lost.
        assertThat(copies).containsEntry(claimed.get(0).messageId(), 2L).containsEntry(claimed.get(1).messageId(), 1L);
    }

    @Test
    void aLeaseNoLongerThanTheSendDeadlineIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new OutboxSettings(true, Duration.ofSeconds(5), 20,
                        Duration.ofMinutes(2), Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofHours(1),
                        Duration.ofDays(7)))
                .hasMessageContaining("must be longer than regsosek.mail.outbox.send-deadline");
    }

    @Test
    void retriesWaitOneMinuteDoublingToAnHour() {
        OutboxSettings s = new OutboxSettings(true, Duration.ofSeconds(5), 20, Duration.ofMinutes(5),
                Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(7));
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 100).stream().map(s::retryDelay).map(Duration::toMinutes).toList())
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
    }

    private static void loop(OutboxSender sender, Duration howLong, List<Long> rounds) {
        Instant end = Instant.now().plus(howLong);
        while (Instant.now().isBefore(end)) {
            long t0 = System.nanoTime();
            sender.sendDue();
            synchronized (rounds) {
                rounds.add((System.nanoTime() - t0) / 1_000_000);
            }
        }
    }

    private static void runConcurrently(List<OutboxSender> senders, Duration howLong) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(senders.size());
        List<Long> rounds = new ArrayList<>();
        List<Future<?>> all = senders.stream().map(s -> pool.submit(() -> loop(s, howLong, rounds)))
                .collect(Collectors.toList());
        for (Future<?> f : all) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }

    /** Copies received per Message-ID, of the given ids only. */
    private static Map<String, Long> received(List<String> ids) {
        return Arrays.stream(mail.getReceivedMessages()).map(OutboxResilienceTest::messageId).filter(ids::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(20);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(end);
            Thread.sleep(20);
        }
    }
}
