package id.regsosek.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.regsosek.support.AppTest;
import id.regsosek.support.Browser;
import id.regsosek.support.TestMail;
import id.regsosek.visit.SlsCompletion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sign-off chain clicked in Tasklist by the demo users, each seeing the SLS's families on the form: pml1
 * approves the area, koseka1 claims and approves it for the district, admin claims and accepts it. The SLS ends
 * ACCEPTED with the three decisions recorded.
 */
class SignoffChainBrowserTest extends AppTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(TestMail.SMTP);

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TaskService tasks;
    @Autowired
    private SlsCompletion completion;
    @Autowired
    private SignoffStarter starter;
    @Autowired
    private SignoffRepository repository;

    @Test
    void pmlKosekaAndAdminApproveAndAcceptAnSlsInTasklist() throws Exception {
        long ppl = jdbc.queryForObject("select id from officer where user_id = 'ppl1'", Long.class);
        long pml = jdbc.queryForObject("select id from officer where user_id = 'pml1'", Long.class);
        long slsId = jdbc.queryForObject("select s.id from sls s where s.district_code = '32.16.01' and not exists"
                + " (select 1 from sls_assignment a where a.sls_id = s.id) order by s.code fetch first 1 rows only",
                Long.class);
        jdbc.update("insert into sls_assignment (sls_id, regency_code, district_code, ppl_officer_id, pml_officer_id,"
                + " status, approved_at) values (?, '32.16', '32.16.01', ?, ?, 'APPROVED', current_timestamp)", slsId,
                ppl, pml);
        for (int i = 1; i <= 2; i++) {
            jdbc.update("insert into family (regency_code, sls_id, head_name, origin) values ('32.16', ?, ?,"
                    + " 'PRELIST')", slsId, "Keluarga Rantai " + i);
        }
        List<Long> families = jdbc.queryForList("select id from family where sls_id = ? order by id", Long.class,
                slsId);
        String signoff = starter.startForSls(slsId).getId();
        families.forEach(f -> completion.finish(f, 1));
        String base = "http://localhost:" + port;

        decide(base, "pml1", signoff, false, "Setujui wilayah", "signoff-1-pml.png");
        assertThat(repository.status(slsId)).isEqualTo(SignoffState.KOSEKA_REVIEW);
        decide(base, "koseka1", signoff, true, "Setujui untuk kecamatan", "signoff-2-koseka.png");
        decide(base, "admin", signoff, true, null, "signoff-3-admin.png");

        assertThat(repository.status(slsId)).isEqualTo(SignoffState.ACCEPTED);
        assertThat(jdbc.queryForList("select step || ':' || decision from sls_signoff_decision where sls_id = ?"
                + " order by id", String.class, slsId)).containsExactly("PML:APPROVE", "KOSEKA:APPROVE", "ADMIN:APPROVE");
    }

    /** One person's step: open the task, see the families, claim if it is a group task, choose, complete. */
    private void decide(String base, String user, String instance, boolean claim, String choice, String shot)
            throws Exception {
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        WebDriver driver = Browser.start();
        try {
            Browser.login(driver, base, "/camunda/app/tasklist/", user, "demo");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
            driver.get(base + "/camunda/app/tasklist/default/#/?task=" + task.getId());
            if (claim) {
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                        "a.claim, button.claim, [ng-click*='claim']"))).click();
                wait.until(d -> user.equals(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()));
            }
            // The families of the SLS are on the form the person decides on.
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"),
                    "Keluarga Rantai 2"));
            if (choice != null) {
                click(driver, driver.findElement(By.xpath("//label[contains(., '" + choice + "')]")));
                Thread.sleep(1000); // form-js commits the choice a moment later
            }
            shot(driver, shot);
            WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//button[normalize-space(.)='Selesaikan']")));
            click(driver, complete);
            wait.until(d -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
        } catch (RuntimeException | AssertionError e) {
            shot(driver, "signoff-chain-failed-" + user + ".png");
            throw e;
        } finally {
            driver.quit();
        }
    }

    private static void click(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + " arguments[0].click();", element);
    }

    private static void shot(WebDriver driver, String name) throws java.io.IOException {
        Path shot = Path.of("target", "screenshots", name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
