package id.regsosek.mail;

import id.regsosek.identity.RegencyUsers;
import id.regsosek.signoff.AreaSignoffProcess;
import id.regsosek.signoff.SignoffStarter;
import id.regsosek.visit.VisitFixtures;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.jdbc.core.JdbcTemplate;

/** Senders with test-sized settings against any port, mails to queue, and a sign-off reaching the Koseka. */
final class OutboxFixture implements AutoCloseable {

    static final String REGENCY = "32.16";
    private static final AtomicInteger NEXT_SLS = new AtomicInteger();

    private final JdbcTemplate jdbc;
    private final MailOutbox outbox;
    private final Mailer mailer;
    private final List<SmtpTransport> transports = new ArrayList<>();

    OutboxFixture(JdbcTemplate jdbc, MailOutbox outbox, Mailer mailer) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.mailer = mailer;
    }

    /** Lease 1.2 s, send cut at 0.8 s, read timeout 5 s (longer than the lease: only the deadline saves us). */
    static OutboxSettings settings() {
        return new OutboxSettings(false, Duration.ofMillis(100), 5, Duration.ofMillis(1200), Duration.ofMillis(800),
                Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofDays(1));
    }

    OutboxSender sender(int port, OutboxSettings settings) {
        MailProperties p = new MailProperties();
        p.setHost("127.0.0.1");
        p.setPort(port);
        p.getProperties().putAll(Map.of("mail.smtp.connectiontimeout", "500", "mail.smtp.timeout", "5000",
                "mail.smtp.writetimeout", "5000"));
        SmtpTransport smtp = new SmtpTransport(p, "regsosek@bps.example", settings.sendDeadline());
        transports.add(smtp);
        return new OutboxSender(outbox, smtp, settings, Clock.systemUTC());
    }

    SmtpTransport lastTransport() {
        return transports.get(transports.size() - 1);
    }

    /**
     * Mails other tests left queued in the shared H2 database are put far out of reach, so a sender here works on
     * this test's mails only (a round stops at its first failure, which must be one of ours).
     */
    static void parkOthers(JdbcTemplate jdbc) {
        jdbc.update("update mail_outbox set next_attempt_at = ? where state = 'QUEUED'",
                Timestamp.from(Instant.now().plus(Duration.ofDays(3650))));
    }

    long maxId() {
        Long max = jdbc.queryForObject("select max(id) from mail_outbox", Long.class);
        return max == null ? 0 : max;
    }

    /** Queues n mails with a reference of their own. */
    List<Long> queue(String reference, int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(mailer.send(REGENCY, "signoff-koseka", "penerima" + i + "@test.example",
                    Map.of("slsCode", reference + "-" + i, "summary", "ringkasan uji"), reference));
        }
        return ids;
    }

    List<String> messageIdsAfter(long id) {
        return jdbc.queryForList("select message_id from mail_outbox where id > ? and recipient is not null",
                String.class, id);
    }

    int unsentAfter(long id) {
        return jdbc.queryForObject("select count(*) from mail_outbox where id > ? and state <> 'SENT'"
                + " and recipient is not null", Integer.class, id);
    }

    /** An SLS of district 32.16.22 with all its families final, its sign-off waiting for the PML. */
    static ProcessInstance signoffAtPml(JdbcTemplate jdbc, RegencyUsers users, SignoffStarter starter) {
        long slsId = jdbc.queryForObject("select id from sls where district_code = '32.16.22' order by code desc"
                + " offset ? rows fetch first 1 rows only", Long.class, NEXT_SLS.getAndIncrement());
        new VisitFixtures(jdbc, users, REGENCY).team("outbox", slsId);
        jdbc.update("insert into family (regency_code, sls_id, head_name, origin, result_code, final_at) values"
                + " (?, ?, 'Kepala', 'PRELIST', 1, ?)", REGENCY, slsId, Timestamp.from(Instant.now()));
        return starter.startForSls(slsId);
    }

    static void pmlApproves(TaskService tasks, ProcessInstance pi) {
        String id = tasks.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(AreaSignoffProcess.TASK_APPROVE_AREA).singleResult().getId();
        tasks.complete(id, Map.of(AreaSignoffProcess.VAR_PML_DECISION, AreaSignoffProcess.APPROVE));
    }

    static long kosekaTasks(TaskService tasks, ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(AreaSignoffProcess.TASK_APPROVE_DISTRICT).count();
    }

    @Override
    public void close() {
        transports.forEach(SmtpTransport::close);
    }
}
