package id.regsosek.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.regsosek.frame.FrameImports;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.support.AppTest;
import id.regsosek.support.SecondRegency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Failing mail on the dashboard (in words, masked by role), Kotak keluar's API, and resend scoped to its regency. */
class OutboxApiTest extends AppTest {

    private static final String ADDRESS = "budi.santoso@contoh.id";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Mailer mailer;
    @Autowired
    FrameImports imports;
    @Autowired
    RegencyUsers users;

    private final ObjectMapper json = new ObjectMapper();
    private OutboxFixture fx;

    @BeforeEach
    void fixture() {
        fx = new OutboxFixture(jdbc, outbox, mailer);
        SecondRegency.ensure(imports, users);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private JsonNode get(String user, String path) throws Exception {
        var answer = http(user).get(path);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private JsonNode problemOf(String user, long mailId) throws Exception {
        for (JsonNode p : get(user, "/api/dashboard/problems")) {
            if (p.path("mailId").asLong() == mailId) {
                return p;
            }
        }
        return null;
    }

    @Test
    void failingMailShowsInWordsMaskedForTheManagerAndTheAdminResendsIt() throws Exception {
        long id = mailer.send("32.16", "signoff-koseka", ADDRESS, Map.of("slsCode", "32.16.01.2001.0001.00",
                "summary", "ringkasan"), "SLS 32.16.01.2001.0001.00");
        jdbc.update("update mail_outbox set next_attempt_at = ? where id <> ? and state = 'QUEUED'",
                Timestamp.from(Instant.now().plusSeconds(3600 * 24 * 3650L)), id);
        assertThat(problemOf("admin", id)).as("not failing yet").isNull();
        fx.sender(FakeSmtp.closedPort(), OutboxFixture.settings()).sendDue();

        JsonNode seenByManager = problemOf("manajer", id);
        assertThat(seenByManager.get("kind").asText()).isEqualTo("email gagal, dicoba lagi otomatis");
        assertThat(seenByManager.get("what").asText()).isEqualTo("SLS menunggu persetujuan Koseka");
        assertThat(seenByManager.get("recipient").asText()).isEqualTo("b***@c***.id");
        assertThat(seenByManager.get("message").asText()).isEqualTo("server email tidak dapat dihubungi (koneksi ditolak)");
        assertThat(Instant.parse(seenByManager.get("since").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(problemOf("admin", id).get("recipient").asText()).isEqualTo(ADDRESS);
        assertThat(http("manajer").get("/api/dashboard/problems.csv").body()).contains("b***@c***.id")
                .doesNotContain(ADDRESS);

        assertThat(http("manajer").postJson("/api/mail/outbox/" + id + "/resend", "").statusCode()).isEqualTo(403);
        assertThat(http("koseka1").postJson("/api/mail/outbox/" + id + "/resend", "").statusCode()).isEqualTo(403);
        var resend = http("admin").postJson("/api/mail/outbox/" + id + "/resend", "");
        assertThat(resend.statusCode()).as(resend.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select next_attempt_at from mail_outbox where id = ?", Timestamp.class, id)
                .toInstant()).isBeforeOrEqualTo(Instant.now());

        JsonNode detail = get("admin", "/api/mail/outbox/" + id);
        assertThat(detail.at("/mail/recipient").asText()).isEqualTo(ADDRESS);
        assertThat(detail.at("/mail/lastError").asText()).contains("koneksi ditolak");
        assertThat(detail.get("body").asText()).contains("32.16.01.2001.0001.00");
        assertThat(http("manajer").get("/api/mail/outbox/" + id).statusCode()).isEqualTo(403);
        assertThat(http("manajer").get("/api/mail/outbox").statusCode()).isEqualTo(403);
    }

    @Test
    void anotherRegencysMailIsNeitherListedNorReadableNorResendable() throws Exception {
        long theirs = mailer.send(SecondRegency.CODE, "signoff-admin", "admin@kota.example", Map.of("slsCode",
                "32.75.01.1001.0001.00", "summary", "ringkasan"), "SLS 32.75.01.1001.0001.00");
        long ours = mailer.send("32.16", "signoff-admin", "admin@kab.example", Map.of("slsCode",
                "32.16.01.2001.0001.00", "summary", "ringkasan"), "SLS 32.16.01.2001.0001.00");

        JsonNode page = get("admin", "/api/mail/outbox");
        assertThat(page.get("mails").get(0).get("id").asLong()).as("newest first").isEqualTo(ours);
        assertThat(page.get("mails").findValuesAsText("id")).doesNotContain(String.valueOf(theirs));
        assertThat(http("admin").get("/api/mail/outbox/" + theirs).statusCode()).isEqualTo(403);
        assertThat(http("admin").postJson("/api/mail/outbox/" + theirs + "/resend", "").statusCode()).isEqualTo(403);
        assertThat(http("admin").get("/api/mail/outbox/99999999").statusCode()).isEqualTo(404);
        assertThat(http(SecondRegency.ADMIN).get("/api/mail/outbox/" + theirs).statusCode()).isEqualTo(200);
        assertThat(get(SecondRegency.ADMIN, "/api/mail/outbox").get("mails").findValuesAsText("id"))
                .contains(String.valueOf(theirs)).doesNotContain(String.valueOf(ours));

        assertThat(get("admin", "/api/mail/outbox?page=2147483647").get("mails")).isEmpty();
        assertThat(http("admin").get("/api/mail/outbox?page=-1").statusCode()).isEqualTo(400);
    }

    @Test
    void aSentMailIsNotResentAndASecretIsHiddenFromStaffAndGoneOnceSent() throws Exception {
        long id = mailer.send("32.16", "recruitment-contract", "calon@contoh.id", Map.of("role", "PPL",
                "registrationNo", "REG-1", "name", "Budi", "districtName", "Setu", "loginId", "reg-1",
                "password", new MailTemplate.Secret("Rahasia123")), "REG-1");
        assertThat(jdbc.queryForObject("select body from mail_outbox where id = ?", String.class, id))
                .contains("Rahasia123");
        assertThat(get("admin", "/api/mail/outbox/" + id).get("body").asText()).doesNotContain("Rahasia123")
                .contains("Kata sandi awal: " + MailTemplate.Secret.HIDDEN);

        outbox.markSent(id, Instant.now());
        assertThat(jdbc.queryForObject("select body from mail_outbox where id = ?", String.class, id))
                .doesNotContain("Rahasia123");
        var again = http("admin").postJson("/api/mail/outbox/" + id + "/resend", "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already sent");
    }

    @Test
    void aMailWithoutAddressIsKeptAsFailedAndDoesNotStopItsStep() throws Exception {
        long id = mailer.send("32.16", "visit-closeout", null, Map.of("sls", "32.16.01.2001.0002.00", "families", 3,
                "code3", 1, "code4", 0), "SLS 32.16.01.2001.0002.00");
        JsonNode p = problemOf("admin", id);
        assertThat(p.get("kind").asText()).isEqualTo("email gagal, berhenti dicoba");
        assertThat(p.get("message").asText()).isEqualTo("tidak ada alamat email penerima");
    }

    @Test
    void everyTemplateHasWords() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("config", "mail"))) {
            files.map(f -> f.getFileName().toString().replace(".txt", "")).forEach(t ->
                    assertThat(MailKinds.words(t)).as(t).isNotEqualTo(t));
        }
    }
}
