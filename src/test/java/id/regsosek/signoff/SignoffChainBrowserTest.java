package id.regsosek.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.regsosek.support.AppTest;
import id.regsosek.support.Browser;
import id.regsosek.support.TestMail;
import id.regsosek.visit.SlsCompletion;
import java.time.Duration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
        SignoffBrowserSls sls = SignoffBrowserSls.create(jdbc, starter, completion, "Keluarga Rantai", false);
        long slsId = sls.slsId();
        String signoff = sls.signoffInstance();
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
                Browser.click(driver, driver.findElement(By.xpath("//label[contains(., '" + choice + "')]")));
                Thread.sleep(1000); // form-js commits the choice a moment later
            }
            Browser.shot(driver, shot);
            WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//button[normalize-space(.)='Selesaikan']")));
            Browser.click(driver, complete);
            wait.until(d -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
        } catch (RuntimeException | AssertionError e) {
            Browser.shot(driver, "signoff-chain-failed-" + user + ".png");
            throw e;
        } finally {
            driver.quit();
        }
    }
}
