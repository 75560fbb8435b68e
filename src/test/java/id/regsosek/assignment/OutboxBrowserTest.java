package id.regsosek.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.regsosek.identity.RegencyUsers;
import id.regsosek.identity.TenantFromRegency;
import id.regsosek.mail.OutboxSender;
import id.regsosek.support.AppTest;
import id.regsosek.support.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With no mail server (as in the demo) a Koseka approves a district: field work starts, the area-list mails wait in
 * the outbox. The regency admin opens Kotak keluar from the home page, reads one mail and resends it; the dashboard
 * lists the failing mails with "Kirim ulang".
 */
class OutboxBrowserTest extends AppTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegencyUsers users;
    @Autowired
    OutboxSender sender;

    @Test
    void adminReadsTheQueuedAreaListMailsInKotakKeluarAndResendsOne() throws Exception {
        BpmnAwareTests.init(engine);
        // Mails other tests left queued in the shared database wait elsewhere: the sender below tries ours.
        jdbc.update("update mail_outbox set next_attempt_at = ? where state = 'QUEUED'",
                java.sql.Timestamp.from(java.time.Instant.now().plus(Duration.ofDays(3650))));
        TestDistrict d = TestDistrict.create(jdbc, users, "32.16.94", 2, 1, new int[] {60, 70}, new int[] {62});
        ProcessInstance pi = runtime.startProcessInstanceByKey(AreaAssignmentProcess.KEY, d.code, Map.of(
                TenantFromRegency.REGENCY_VARIABLE, TestDistrict.REGENCY, AreaAssignmentProcess.DISTRICT_CODE, d.code));
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(),
                Map.of(AreaAssignmentProcess.APPROVED, true));
        management.createJobQuery().processInstanceId(pi.getId()).list().forEach(j -> management.executeJob(j.getId()));
        assertThat(pi).hasPassed(AreaAssignmentProcess.TASK_START_FIELDWORK).isWaitingAt(AreaAssignmentProcess.WAIT_CLOSED);
        sender.sendDue(); // nobody listens on the mail port here: every mail fails and waits for its next try

        WebDriver driver = Browser.start();
        try {
            String base = "http://localhost:" + port;
            Browser.login(driver, base, "/", "admin", "demo");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("outbox-link"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outbox")));
            WebElement row = driver.findElements(By.cssSelector("#outbox tbody tr")).stream()
                    .filter(r -> r.getText().contains("pml-321694-01@test.example")).findFirst().orElseThrow();
            assertThat(row.getText()).contains("Daftar wilayah tugas petugas").contains("Wilayah tugas Regsosek")
                    .contains("server email tidak dapat dihubungi");
            screenshot(driver, "outbox-list.png");

            row.findElement(By.tagName("a")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("body")));
            assertThat(driver.findElement(By.id("subject")).getText()).contains("Wilayah tugas Regsosek");
            assertThat(driver.findElement(By.id("attachments")).getText()).isEqualTo("wilayah-tugas-PML-321694-01.csv");
            assertThat(driver.findElement(By.id("body")).getText()).contains("32.16.94");
            screenshot(driver, "outbox-mail.png");
            driver.findElement(By.cssSelector("form button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                    "dijadwalkan untuk dikirim ulang"));

            driver.get(base + "/dashboard");
            By resend = By.cssSelector("#problems button[data-resend]");
            wait.until(ExpectedConditions.visibilityOfElementLocated(resend));
            WebElement problem = driver.findElements(By.cssSelector("#problems tr[data-mail]")).stream()
                    .filter(r -> r.getText().contains("pml-321694-01@test.example")).findFirst().orElseThrow();
            assertThat(problem.getText()).contains("email gagal").contains("Daftar wilayah tugas petugas");
            problem.findElement(By.cssSelector("button[data-resend]")).click();
            wait.until(ExpectedConditions.textToBePresentInElement(problem, "Dijadwalkan"));
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()",
                    driver.findElement(By.id("problems")));
            screenshot(driver, "dashboard-admin-mail.png");
        } finally {
            driver.quit();
        }
    }

    private static void screenshot(WebDriver driver, String name) throws Exception {
        Path shot = Path.of("target", "screenshots", name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
