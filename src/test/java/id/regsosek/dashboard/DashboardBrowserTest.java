package id.regsosek.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.identity.TenantFromRegency;
import id.regsosek.support.AppTest;
import id.regsosek.support.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo manager opens the dashboard in a real browser, reads a figure the test caused, downloads a CSV. */
class DashboardBrowserTest extends AppTest {

    @Autowired
    private DashboardRefresher refresher;
    @Autowired
    private RepositoryService repository;
    @Autowired
    private RuntimeService runtime;

    @Test
    void managerReadsTheOpenCountOfAStepAndDownloadsItsCsv() throws Exception {
        DashboardTest.deployProbe(repository);
        runtime.startProcessInstanceByKey(DashboardTest.PROBE, Map.of(TenantFromRegency.REGENCY_VARIABLE, "32.16"));
        refresher.refresh("32.16");
        long open = runtime.createProcessInstanceQuery().processDefinitionKey(DashboardTest.PROBE)
                .tenantIdIn("32.16").count();

        WebDriver driver = Browser.start();
        try {
            Browser.login(driver, "http://localhost:" + port, "/dashboard", "manajer", "demo");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            By step = By.cssSelector("tr[data-step='" + DashboardTest.PROBE + ":" + DashboardTest.PROBE_TASK + "']");
            wait.until(ExpectedConditions.visibilityOfElementLocated(step));
            assertThat(driver.findElement(step).findElements(By.tagName("td")).get(2).getText())
                    .isEqualTo(String.valueOf(open));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagram .djs-overlay .badge")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("areas"), "Bojongmangu"));

            Object csv = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[0];"
                    + "fetch(document.querySelector('a.csv').href, {credentials: 'same-origin'})"
                    + ".then(function (r) { return r.text(); }).then(done);");
            assertThat(csv.toString()).startsWith("processKey,activityId,activityName")
                    .contains(DashboardTest.PROBE + "," + DashboardTest.PROBE_TASK);
            Path shot = Path.of("target", "screenshots", "dashboard-manager.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.quit();
        }
    }
}
