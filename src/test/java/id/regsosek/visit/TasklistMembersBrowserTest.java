package id.regsosek.visit;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import id.regsosek.support.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The visit form as Tasklist's own form-js renders it: the members list starts with one row, "add" gives each
 * further member its own row of fields, and a NIK that is not 16 digits is marked in the row before submitting.
 */
class TasklistMembersBrowserTest extends AppTest {

    @Autowired
    private TaskService tasks;

    @Test
    void theVisitFormOffersARowPerMember() throws Exception {
        List<Task> open = tasks.createTaskQuery().taskAssignee("ppl1").taskDefinitionKey(VisitProcess.TASK_VISIT)
                .orderByTaskCreateTime().desc().listPage(0, 1);
        assertThat(open).as("ppl1 has demo visits").isNotEmpty();
        WebDriver driver = Browser.start();
        try {
            String base = "http://localhost:" + port;
            Browser.login(driver, base, "/camunda/app/tasklist/", "ppl1", "demo");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
            driver.get(base + "/camunda/app/tasklist/#/?task=" + open.get(0).getId());
            WebElement add = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector(".fjs-repeat-render-add")));
            assertThat(driver.findElements(By.cssSelector(".fjs-repeat-row-container"))).hasSize(1);
            // Tasklist's fixed footer may cover the button: scrolled to the middle and clicked as a person would.
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", add);
            add.click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".fjs-repeat-row-container"), 2));
            WebElement second = driver.findElements(By.cssSelector(".fjs-repeat-row-container")).get(1);
            List<WebElement> texts = second.findElements(By.cssSelector("input[type=text]"));
            assertThat(texts).hasSizeGreaterThanOrEqualTo(2);
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", second);
            texts.get(0).sendKeys("Siti Aminah");
            texts.get(1).sendKeys("32160155");
            texts.get(0).click();
            wait.until(d -> !second.findElements(By.cssSelector(".fjs-form-field-error")).isEmpty());
            assertThat(second.getText()).contains("Nama", "NIK", "Hubungan dengan kepala keluarga");
            Path shot = Path.of("target", "screenshots", "tasklist-visit-members.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.quit();
        }
    }
}
