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
        long ppl = jdbc.queryForObject("select id from officer where user_id = 'ppl1'", Long.class);
        long pml = jdbc.queryForObject("select id from officer where user_id = 'pml1'", Long.class);
        long slsId = jdbc.queryForObject("select s.id from sls s where s.district_code = '32.16.01' and not exists"
                + " (select 1 from sls_assignment a where a.sls_id = s.id) order by s.code desc fetch first 1 rows only",
                Long.class);
        jdbc.update("insert into sls_assignment (sls_id, regency_code, district_code, ppl_officer_id, pml_officer_id,"
                + " status, approved_at) values (?, '32.16', '32.16.01', ?, ?, 'APPROVED', current_timestamp)", slsId,
                ppl, pml);
        for (int i = 1; i <= 2; i++) {
            jdbc.update("insert into family (regency_code, sls_id, head_name, origin) values ('32.16', ?, ?,"
                    + " 'PRELIST')", slsId, "Keluarga Periksa " + i);
        }
        List<Long> families = jdbc.queryForList("select id from family where sls_id = ? order by id", Long.class,
                slsId);
        String signoff = starter.startForSls(slsId).getId();
        families.forEach(f -> completion.finish(f, 1));
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
            click(driver, driver.findElement(By.xpath("//label[contains(., 'Buka kembali keluarga')]")));
            WebElement option = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//div[contains(@class, 'fjs-form-field-checklist')]//label[contains(., '" + families.get(1)
                            + " Keluarga Periksa 2')]")));
            click(driver, option);
            WebElement reason = driver.findElement(By.cssSelector("textarea[id$='-Field_PmlReason']"));
            reason.sendKeys("Kepala keluarga perlu dikonfirmasi", org.openqa.selenium.Keys.TAB);
            Thread.sleep(1500); // form-js commits typed text a moment later (debounced)
            shot(driver, "tasklist-signoff-reopen.png");
            WebElement complete = driver.findElement(By.xpath("//button[normalize-space(.)='Selesaikan']"));
            wait.until(d -> complete.isEnabled());
            click(driver, complete);
            wait.until(d -> jdbc.queryForObject("select count(*) from family where sls_id = ? and final_at is null",
                    Integer.class, slsId) == 1);
        } catch (RuntimeException | AssertionError e) {
            shot(driver, "tasklist-signoff-failed.png");
            throw e;
        } finally {
            driver.quit();
        }
        assertThat(jdbc.queryForList("select id from family where sls_id = ? and final_at is null", Long.class,
                slsId)).containsExactly(families.get(1));
        assertThat(jdbc.queryForList("select step || ':' || decision from sls_signoff_decision where sls_id = ?",
                String.class, slsId)).containsExactly("PML:REOPEN");
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
