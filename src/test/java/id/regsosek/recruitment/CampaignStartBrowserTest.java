package id.regsosek.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import id.regsosek.support.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The regency admin starts a recruitment campaign from Tasklist's "Mulai proses" (Start process) with the deployed start form. */
class CampaignStartBrowserTest extends AppTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void adminStartsACampaignFromTasklist() throws Exception {
        String key = "32.16-B" + UUID.randomUUID().toString().substring(0, 4);
        LocalDate close = LocalDate.now().plusDays(20);
        WebDriver driver = Browser.start();
        try {
            String base = "http://localhost:" + port;
            Browser.login(driver, base, "/camunda/app/tasklist/", "admin", "demo");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'Mulai proses')]"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//a[contains(., 'Recruitment campaign of a regency')]"))).click();
            type(wait, "Field_Campaign", key);
            type(wait, "Field_Closes", close + "T23:59");
            type(wait, "Field_Place", "Aula BPS Bekasi");
            type(wait, "Field_TrainingStart", close.plusDays(10).toString());
            type(wait, "Field_Days", "2");
            shot(driver, "tasklist-campaign-start.png");
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//button[normalize-space()='Mulai']"))).click();
            wait.until(d -> jdbc.queryForObject("select count(*) from recruitment_campaign where campaign_key = ?",
                    Integer.class, key) == 1);
        } finally {
            driver.quit();
        }
        Map<String, Object> row = jdbc.queryForMap("select regency_code, training_place, training_days,"
                + " registration_closes from recruitment_campaign where campaign_key = ?", key);
        assertThat(row.get("regency_code")).isEqualTo("32.16");
        assertThat(row.get("training_place")).isEqualTo("Aula BPS Bekasi");
        assertThat(((Number) row.get("training_days")).intValue()).isEqualTo(2);
        assertThat(row.get("registration_closes").toString()).startsWith(close + " 23:59");
    }

    /** form-js gives each input an id ending in its component's id (forms/recruitment-campaign-start.form). */
    private static void type(WebDriverWait wait, String componentId, String value) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[id$='" + componentId + "']")))
                .sendKeys(value);
    }

    private static void shot(WebDriver driver, String name) throws Exception {
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
