package id.regsosek.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import id.regsosek.support.Browser;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Creating a standalone task is refused to people (the REST allowlist), so Tasklist does not offer "Buat tugas":
 * ppl1's navbar has the start-process action but not the create-task one (excluded in the Tasklist config.js).
 */
class TasklistNoCreateTaskBrowserTest extends AppTest {

    @Test
    void pplDoesNotSeeCreateTask() throws Exception {
        WebDriver driver = Browser.start("id");
        try {
            Browser.login(driver, "http://localhost:" + port, "/camunda/app/tasklist/", "ppl1", "demo");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            // The navbar's actions are drawn together: once "start process" is there, "create task" would be too.
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.start-process-action a")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"),
                    TasklistFilters.PPL_TODAY));
            Browser.shot(driver, "tasklist-ppl-navbar.png");
            assertThat(driver.findElements(By.cssSelector("li.create-task-action"))).isEmpty();
            assertThat(driver.findElement(By.cssSelector("body")).getText()).doesNotContain("Buat tugas");
        } catch (RuntimeException | AssertionError e) {
            Browser.shot(driver, "failed-tasklist-ppl-navbar.png");
            throw e;
        } finally {
            driver.quit();
        }
    }
}
