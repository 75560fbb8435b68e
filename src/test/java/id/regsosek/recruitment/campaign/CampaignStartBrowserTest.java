package id.regsosek.recruitment.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.dashboard.DashboardRefresher;
import id.regsosek.office.OfficeTestFiles;
import id.regsosek.recruitment.CampaignProcess;
import id.regsosek.support.AppTest;
import id.regsosek.support.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The regency admin's campaign, in an Indonesian browser: started from Tasklist's "Mulai proses" with the start
 * form's date pickers; once registration opens, the candidate file is uploaded on the office page (a bad line first:
 * the progress bar finishes and the table names the line, then the corrected file); the dashboard's funnel offers
 * that campaign and shows its district.
 */
class CampaignStartBrowserTest extends AppTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementService management;
    @Autowired
    DashboardRefresher refresher;

    @Test
    void adminStartsACampaignUploadsItsCandidatesAndSeesItsFunnel() throws Exception {
        String key = "32.16-B" + UUID.randomUUID().toString().substring(0, 4);
        LocalDate close = LocalDate.now().plusDays(20);
        WebDriver driver = Browser.start("id");
        String base = "http://localhost:" + port;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        try {
            Browser.login(driver, base, "/camunda/app/tasklist/", "admin", "demo");
            wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'Mulai proses')]"))).click();
            // Exactly what the admin may start, nothing internal.
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'Penugasan wilayah')]")));
            assertThat(driver.findElements(By.cssSelector(".modal-body a")).stream().map(WebElement::getText)
                    .filter(t -> !t.isBlank()).toList()).hasSize(3);
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//a[contains(., 'Kegiatan rekrutmen petugas')]"))).click();
            type(driver, wait, "Field_Campaign", key);
            date(driver, "Pendaftaran ditutup: tanggal", close);
            input(driver, "Pendaftaran ditutup: jam", "input[placeholder='jj:mm']").sendKeys("23:45" + Keys.ENTER);
            type(driver, wait, "Field_Place", "Aula BPS Bekasi");
            date(driver, "Tanggal mulai pelatihan", close.plusDays(10));
            type(driver, wait, "Field_Days", "2");
            shot(driver, "tasklist-campaign-start.png");
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//button[normalize-space()='Mulai']"))).click();
            wait.until(d -> jdbc.queryForObject("select count(*) from recruitment_campaign where campaign_key = ?",
                    Integer.class, key) == 1);
            Map<String, Object> row = jdbc.queryForMap("select regency_code, training_place, training_days,"
                    + " registration_closes, training_start, process_instance_id from recruitment_campaign"
                    + " where campaign_key = ?", key);
            assertThat(row.get("regency_code")).isEqualTo("32.16");
            assertThat(row.get("training_place")).isEqualTo("Aula BPS Bekasi");
            assertThat(((Number) row.get("training_days")).intValue()).isEqualTo(2);
            assertThat(row.get("registration_closes").toString()).startsWith(close + " 23:45");
            assertThat(row.get("training_start").toString()).isEqualTo(close.plusDays(10).toString());

            // Registration opens (its timer, run here by hand: the test's job executor is off).
            management.executeJob(management.createJobQuery().processInstanceId(
                    (String) row.get("process_instance_id")).activityId(CampaignProcess.TIMER_OPENS).singleResult()
                    .getId());

            driver.get(base + "/");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("office-link"))).click();
            WebElement campaign = wait.until(ExpectedConditions.elementToBeClickable(By.id("pendaftar-campaign")));
            campaign.sendKeys(key);
            Path bad = OfficeTestFiles.write("pendaftar-salah.csv", OfficeTestFiles.candidates(true));
            driver.findElement(By.id("pendaftar-file")).sendKeys(bad.toAbsolutePath().toString());
            driver.findElement(By.xpath("//button[normalize-space()='Unggah pendaftar']")).click();
            WebElement run = driver.findElement(By.id("pendaftar-run"));
            wait.until(d -> "REJECTED".equals(run.getAttribute("data-state")));
            assertThat(run.findElement(By.cssSelector(".progress")).getAttribute("aria-valuenow")).isEqualTo("100");
            assertThat(run.findElement(By.cssSelector(".status")).getText()).startsWith("Ditolak: 1 masalah");
            WebElement problem = run.findElement(By.cssSelector("table.problems tbody tr"));
            assertThat(problem.getText()).contains("pendaftar-salah.csv", "3", "nik");
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", run);
            shot(driver, "office-upload-rejected.png");

            Path good = OfficeTestFiles.write("pendaftar.csv", OfficeTestFiles.candidates(false));
            driver.findElement(By.id("pendaftar-file")).sendKeys(good.toAbsolutePath().toString());
            driver.findElement(By.xpath("//button[normalize-space()='Unggah pendaftar']")).click();
            wait.until(d -> "DONE".equals(run.getAttribute("data-state")));
            assertThat(run.findElement(By.cssSelector(".status")).getText())
                    .isEqualTo("Selesai: 2 baris dibaca, 2 baru, 0 berubah, 0 tetap.");
            assertThat(run.findElement(By.cssSelector(".problems-wrap")).isDisplayed()).isFalse();

            refresher.refresh("32.16");
            driver.get(base + "/dashboard");
            WebElement picker = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("funnel-campaign")));
            wait.until(d -> new Select(picker).getOptions().size() > 0);
            // Other tests' campaigns share this database: the admin picks its own when there are several.
            Select campaigns = new Select(picker);
            if (campaigns.getOptions().size() > 1) {
                campaigns.selectByValue(key);
            }
            assertThat(campaigns.getFirstSelectedOption().getText()).isEqualTo(key
                    + " (pendaftaran dibuka, 2 pendaftar)");
            // Its only district, Tarumajaya, with the two registered candidates.
            wait.until(d -> {
                var rows = d.findElements(By.cssSelector("#funnel tbody tr"));
                return rows.size() == 1 && rows.get(0).getText().startsWith("32.16.01")
                        && rows.get(0).findElements(By.tagName("td")).get(2).getText().equals("2");
            });
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", picker);
            shot(driver, "dashboard-funnel-campaign.png");
        } catch (RuntimeException | AssertionError e) {
            shot(driver, "campaign-journey-failed.png");
            throw e;
        } finally {
            driver.quit();
        }
    }

    /** form-js gives each input an id ending in its component's id (forms/recruitment-campaign-start.form). */
    private static WebElement type(WebDriver driver, WebDriverWait wait, String componentId, String value) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[id$='"
                + componentId + "']")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        if (value != null) {
            input.sendKeys(value);
        }
        return input;
    }

    /** form-js's date picker takes dates typed month first (its fixed format; the placeholder reads bb/hh/tttt in Indonesian). */
    private static void date(WebDriver driver, String label, LocalDate day) {
        input(driver, label, "input[placeholder='bb/hh/tttt']").sendKeys(day.format(DateTimeFormatter.ofPattern(
                "MM/dd/yyyy")) + Keys.ENTER);
    }

    /** The input of the form-js field whose label starts with the text (date and time fields have one each). */
    private static WebElement input(WebDriver driver, String label, String css) {
        WebElement field = driver.findElement(By.xpath("//label[starts-with(normalize-space(.), '" + label
                + "')]/ancestor::div[contains(@class, 'fjs-form-field')][1]"));
        WebElement input = field.findElement(By.cssSelector(css));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        return input;
    }

    static void shot(WebDriver driver, String name) throws java.io.IOException {
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
