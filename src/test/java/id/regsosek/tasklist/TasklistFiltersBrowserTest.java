package id.regsosek.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import id.regsosek.support.Browser;
import id.regsosek.visit.VisitProcess;

import java.time.Duration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** ppl1 opens Tasklist: its filter "Kunjungan hari ini" lists its visits, each row naming the family's head. */
class TasklistFiltersBrowserTest extends AppTest {

    @Autowired
    private TaskService tasks;

    @Test
    void pplSeesTodaysVisitsNamedByFamilyHead() throws Exception {
        Task visit = tasks.createTaskQuery().taskAssignee("ppl1").taskDefinitionKey(VisitProcess.TASK_VISIT)
                .orderByTaskVariable(TaskColumns.SLS, org.camunda.bpm.engine.variable.type.ValueType.STRING).asc()
                .orderByTaskVariable(TaskColumns.BUILDING, org.camunda.bpm.engine.variable.type.ValueType.STRING)
                .asc().listPage(0, 1).get(0);
        assertThat(visit.getName()).startsWith("Kunjungi keluarga: ");
        WebDriver driver = Browser.start("id");
        try {
            Browser.login(driver, "http://localhost:" + port, "/camunda/app/tasklist/", "ppl1", "demo");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"),
                    TasklistFilters.PPL_TODAY));
            driver.findElement(By.xpath("//*[normalize-space(text())='" + TasklistFilters.PPL_TODAY + "']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tasks-list"),
                    visit.getName()));
            Thread.sleep(500); // the rows' variables render after the names
            Browser.shot(driver, "tasklist-ppl-today.png");
            assertThat(driver.findElement(By.cssSelector(".tasks-list")).getText()).contains("Kepala keluarga");

            // A family planned for tomorrow (its follow-up date) is pulled into today from the task's own header:
            // Tasklist saves the task, and the guard lets the assignee change its dates and nothing else.
            Task planned = tasks.createTaskQuery().taskAssignee("ppl1").taskDefinitionKey(VisitProcess.TASK_VISIT)
                    .orderByTaskCreateTime().desc().listPage(0, 1).get(0);
            planned.setFollowUpDate(java.util.Date.from(java.time.Instant.now().plus(Duration.ofDays(1))));
            tasks.saveTask(planned);
            driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + planned.getId());
            Browser.click(driver, wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("a.reset-follow-up-date"))));
            wait.until(d -> tasks.createTaskQuery().taskId(planned.getId()).singleResult().getFollowUpDate() == null);
            assertThat(driver.findElement(By.cssSelector("body")).getText()).doesNotContain("Tindakan ini hanya");
        } catch (RuntimeException | AssertionError e) {
            Browser.shot(driver, "failed-tasklist-ppl-today.png");
            throw e;
        } finally {
            driver.quit();
        }
    }
}
