package id.regsosek.office;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import id.regsosek.support.Browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The office page and the officer's page in an Indonesian browser: the regency admin moves the period end with the
 * date picker and sees it moved; ppl1, on a phone-size screen, goes from the home page to its SLS and families
 * and opens a family's visit in Tasklist from there.
 */
class OfficeBrowserTest extends AppTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void adminMovesThePeriodEndOnTheOfficePage() throws Exception {
        LocalDate end = jdbc.queryForObject("select period_end from enumeration_period where regency_code = '32.16'",
                java.sql.Date.class).toLocalDate();
        LocalDate newEnd = (end.isBefore(LocalDate.now()) ? LocalDate.now() : end).plusDays(7);
        String base = "http://localhost:" + port;
        WebDriver driver = Browser.start("id");
        try {
            Browser.login(driver, base, "/", "admin", "demo");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("office-link"))).click();
            WebElement date = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("period-end-input")));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", date);
            // Chromium's date input takes the digits in the order of its own UI locale (headless: month first);
            // typed the other way round if that is not what it showed.
            date.clear();
            date.sendKeys(newEnd.format(DateTimeFormatter.ofPattern("MMddyyyy")));
            if (!newEnd.toString().equals(date.getAttribute("value"))) {
                date.clear();
                date.sendKeys(newEnd.format(DateTimeFormatter.ofPattern("ddMMyyyy")));
            }
            assertThat(date.getAttribute("value")).isEqualTo(newEnd.toString());
            driver.findElement(By.id("period-reason")).sendKeys("Perpanjangan: banjir di Muaragembong");
            driver.findElement(By.xpath("//button[normalize-space()='Pindahkan akhir periode']")).click();
            WebElement moved = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("period-moved")));
            assertThat(moved.getText()).contains(newEnd.toString());
            assertThat(driver.findElement(By.id("period-end")).getText()).isEqualTo(newEnd.toString());
            assertThat(driver.findElement(By.id("period-moves")).getText())
                    .contains("Perpanjangan: banjir di Muaragembong", "admin");
            Browser.shot(driver, "office-period-moved.png");
        } catch (RuntimeException | AssertionError e) {
            Browser.shot(driver, "office-period-failed.png");
            throw e;
        } finally {
            driver.quit();
        }
        assertThat(jdbc.queryForObject("select period_end from enumeration_period where regency_code = '32.16'",
                java.sql.Date.class).toLocalDate()).isEqualTo(newEnd);
    }

    @Test
    void ppl1FindsItsSlsAndFamiliesOnAPhone() throws Exception {
        String base = "http://localhost:" + port;
        WebDriver driver = Browser.start("id");
        try {
            driver.manage().window().setSize(new Dimension(390, 844));
            Browser.login(driver, base, "/", "ppl1", "demo");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("my-areas-link"))).click();
            WebElement sls = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-sls")));
            assertThat(sls.getText()).contains("32.16.01.", "PPL");
            WebElement families = driver.findElement(By.cssSelector("details.sls table.families"));
            assertThat(families.getText()).contains("Keluarga Demo 1", "RT 001 RW 001 No. 1");
            // Nothing is wider than the phone: the page itself does not scroll sideways.
            long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).isLessThanOrEqualTo(0);
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", families);
            Browser.shot(driver, "officer-page-phone.png");
            WebElement work = families.findElement(By.partialLinkText("Kerjakan"));
            assertThat(work.getText()).contains("Kunjungi keluarga");
            work.click();
            wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//h2[contains(normalize-space(.),"
                    + " 'Kunjungi keluarga')] | //*[contains(@class,'names')]//*[contains(., 'Kunjungi keluarga')]")));
        } catch (RuntimeException | AssertionError e) {
            Browser.shot(driver, "officer-page-failed.png");
            throw e;
        } finally {
            driver.quit();
        }
    }
}
