package id.regsosek.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import id.regsosek.support.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person's way in: Tasklist sends to our login, which leads back to Tasklist with the shared filters. */
class TasklistLoginBrowserTest extends AppTest {

    @Test
    void adminLogsInThroughOurPageAndSeesTasklistWithItsFilters() throws Exception {
        WebDriver driver = Browser.start();
        try {
            String base = "http://localhost:" + port;
            Browser.login(driver, base, "/camunda/app/tasklist/", "admin", "demo");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"),
                    id.regsosek.tasklist.TasklistFilters.MINE));
            assertThat(driver.findElement(By.cssSelector("body")).getText())
                    .contains(id.regsosek.tasklist.TasklistFilters.GROUPS);
            assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")))
                    .allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
            Path shot = Path.of("target", "screenshots", "tasklist-admin.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.quit();
        }
    }
}
