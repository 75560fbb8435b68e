package id.regsosek.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.regsosek.support.AppTest;
import id.regsosek.support.Browser;
import id.regsosek.support.TestMail;
import id.regsosek.visit.SlsCompletion;
import java.time.Duration;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * pml1's "Approve area" in Tasklist lists the SLS's families; reopening ticks one of them in the checklist (its
 * options are the SLS's families) and Tasklist's JSON list gets through the guard to the reopen step.
 */
class SignoffReopenBrowserTest extends AppTest {

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

    @Test
    void pml1SeesTheFamiliesAndReopensOneFromTheChecklist() throws Exception {
        SignoffBrowserSls sls = SignoffBrowserSls.create(jdbc, starter, completion, "Keluarga Periksa", true);
        long slsId = sls.slsId();
        var families = sls.families();
        String signoff = sls.signoffInstance();
        String taskId = tasks.createTaskQuery().processInstanceId(signoff).singleResult().getId();
        String base = "http://localhost:" + port;
        WebDriver driver = Browser.start();
        try {
            Browser.login(driver, base, "/camunda/app/tasklist/", "pml1", "demo");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
            driver.get(base + "/camunda/app/tasklist/default/#/?task=" + taskId);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"),
                    "Keluarga Periksa 2"));
            Browser.click(driver, driver.findElement(By.xpath("//label[contains(., 'Buka kembali keluarga')]")));
            WebElement option = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//div[contains(@class, 'fjs-form-field-checklist')]//label[contains(., '" + families.get(1)
                            + " Keluarga Periksa 2')]")));
            Browser.click(driver, option);
            WebElement reason = driver.findElement(By.cssSelector("textarea[id$='-Field_PmlReason']"));
            reason.sendKeys("Kepala keluarga perlu dikonfirmasi", org.openqa.selenium.Keys.TAB);
            Thread.sleep(1500); // form-js commits typed text a moment later (debounced)
            Browser.shot(driver, "tasklist-signoff-reopen.png");
            WebElement complete = driver.findElement(By.xpath("//button[normalize-space(.)='Selesaikan']"));
            wait.until(d -> complete.isEnabled());
            Browser.click(driver, complete);
            wait.until(d -> jdbc.queryForObject("select count(*) from family where sls_id = ? and final_at is null",
                    Integer.class, slsId) == 1);
        } catch (RuntimeException | AssertionError e) {
            Browser.shot(driver, "tasklist-signoff-failed.png");
            throw e;
        } finally {
            driver.quit();
        }
        assertThat(jdbc.queryForList("select id from family where sls_id = ? and final_at is null", Long.class,
                slsId)).containsExactly(families.get(1));
        assertThat(jdbc.queryForList("select step || ':' || decision from sls_signoff_decision where sls_id = ?",
                String.class, slsId)).containsExactly("PML:REOPEN");
    }
}
