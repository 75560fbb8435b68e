package id.regsosek.visit;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import id.regsosek.support.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * The check and the correction as Tasklist renders them: pml1 sees the members (NIK masked) and the housing of the
 * form it checks and returns it with a reason; ppl1 opens the correction and finds the form filled, reason on top;
 * pml1's second check starts with an empty reason. form-js's own words are Indonesian unless English was chosen.
 */
class CheckFormBrowserTest extends AppTest {

    private static final String REASON = "Umur kepala keluarga tidak sesuai KK";

    @Autowired
    private TaskService tasks;

    @Test
    void pmlSeesTheFormItChecksAndPplGetsItBackFilled() throws Exception {
        Task visit = tasks.createTaskQuery().taskAssignee("ppl1").taskDefinitionKey(VisitProcess.TASK_VISIT)
                .orderByTaskCreateTime().desc().listPage(0, 1).get(0);
        tasks.complete(visit.getId(), FormData.keyed(1));
        Task check = tasks.createTaskQuery().processInstanceId(visit.getProcessInstanceId()).singleResult();
        assertThat(check.getTaskDefinitionKey()).isEqualTo(VisitProcess.TASK_CHECK_FORM);
        assertThat(check.getAssignee()).isEqualTo("pml1");
        String base = "http://localhost:" + port;
        WebDriver driver = Browser.start();
        try {
            WebDriverWait wait = open(driver, base, "pml1", check.getId());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"),
                    "3216********0001"));
            String form = driver.findElement(By.cssSelector(".fjs-form")).getText();
            assertThat(form).contains("Budi Santoso", "1 Kepala keluarga", "Luas lantai (m2)", "Milik sendiri",
                    "Sepeda motor (unit)", "Menerima PKH", "Riwayat kunjungan").doesNotContain(FormData.HEAD_NIK);
            shot(driver, "tasklist-check-form.png");
            // form-js's own words in Indonesian: the empty "Pemeriksaan sebelumnya" table of a first check.
            assertThat(formText(driver)).contains("Tidak ada data.").doesNotContain("Nothing to show.");
            // English when the person chose it, Indonesian again after.
            driver.get(base + "/camunda/app/tasklist/default/?lang=en#/?task=" + check.getId());
            wait.until(d -> formText(d).contains("Nothing to show."));
            driver.get(base + "/camunda/app/tasklist/default/?lang=id#/?task=" + check.getId());
            wait.until(d -> formText(d).contains("Tidak ada data."));
            assertThat(formText(driver)).doesNotContain("Nothing to show.");
            WebElement reason = driver.findElement(By.cssSelector("textarea[id$='-Field_003']"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", reason);
            reason.sendKeys(REASON, org.openqa.selenium.Keys.TAB);
            Thread.sleep(1500); // form-js commits a textarea's input a moment after typing (debounced)
            complete(driver, wait);
            wait.until(d -> tasks.createTaskQuery().processInstanceId(visit.getProcessInstanceId())
                    .taskDefinitionKey(VisitProcess.TASK_CORRECT_FORM).count() == 1);
        } catch (RuntimeException | AssertionError e) {
            shot(driver, "tasklist-check-failed.png");
            throw e;
        } finally {
            driver.quit();
        }
        Task correction = tasks.createTaskQuery().processInstanceId(visit.getProcessInstanceId()).singleResult();
        assertThat(correction.getAssignee()).isEqualTo("ppl1");
        driver = Browser.start();
        try {
            WebDriverWait wait = open(driver, base, "ppl1", correction.getId());
            By name = By.cssSelector("input[id$='-Field_Member1Name']");
            wait.until(d -> "Budi Santoso".equals(d.findElement(name).getDomProperty("value")));
            assertThat(driver.findElement(By.cssSelector("input[id$='-Field_Member1Nik']")).getDomProperty("value"))
                    .isEqualTo(FormData.HEAD_NIK);
            assertThat(driver.findElement(By.cssSelector("textarea[id$='-Field_ReturnReason']"))
                    .getDomProperty("value")).isEqualTo(REASON);
            assertThat(driver.findElement(By.cssSelector(".fjs-form")).getText()).contains("Perbaiki formulir");
            // The row after the last member is open for one more (its selects still empty: "Pilih", not form-js's
            // "Select"); the rows after it show once it has a name.
            assertThat(driver.findElements(By.cssSelector("input[id$='-Field_Member2Name']"))).hasSize(1);
            assertThat(driver.findElements(By.cssSelector("input[id$='-Field_Member3Name']"))).isEmpty();
            assertThat(formText(driver)).contains("Pilih").doesNotContain("Select", "Search");
            shot(driver, "tasklist-correction-form.png");
            // The PPL corrects what the PML named (the head's age) and sends the form again.
            WebElement age = driver.findElement(By.cssSelector("input[id$='-Field_Member1Age']"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", age);
            age.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "47",
                    org.openqa.selenium.Keys.TAB);
            Thread.sleep(1500);
            complete(driver, wait);
            wait.until(d -> tasks.createTaskQuery().processInstanceId(visit.getProcessInstanceId())
                    .taskDefinitionKey(VisitProcess.TASK_CHECK_FORM).count() == 1);
        } catch (RuntimeException | AssertionError e) {
            shot(driver, "tasklist-correction-failed.png");
            throw e;
        } finally {
            driver.quit();
        }
        // The PML sees the corrected answer and approves the form.
        Task again = tasks.createTaskQuery().processInstanceId(visit.getProcessInstanceId()).singleResult();
        driver = Browser.start();
        try {
            WebDriverWait wait = open(driver, base, "pml1", again.getId());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"),
                    "Budi Santoso"));
            assertThat(driver.findElement(By.cssSelector(".fjs-form")).getText()).contains("47", REASON);
            // A new round: the reason box is empty; the earlier reason is in "Pemeriksaan sebelumnya".
            assertThat(driver.findElement(By.cssSelector("textarea[id$='-Field_003']")).getDomProperty("value"))
                    .isEmpty();
            WebElement approved = driver.findElement(By.cssSelector("input[id$='-Field_002']"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                    + " arguments[0].click();", approved);
            Thread.sleep(1000);
            shot(driver, "tasklist-check-approved.png");
            complete(driver, wait);
            wait.until(d -> tasks.createTaskQuery().processInstanceId(visit.getProcessInstanceId())
                    .taskDefinitionKey(VisitProcess.TASK_CHECK_FORM).count() == 0);
        } catch (RuntimeException | AssertionError e) {
            shot(driver, "tasklist-approve-failed.png");
            throw e;
        } finally {
            driver.quit();
        }
        assertThat(tasks.createTaskQuery().processInstanceId(visit.getProcessInstanceId()).count()).isZero();
    }

    private static WebDriverWait open(WebDriver driver, String base, String user, String taskId) {
        Browser.login(driver, base, "/camunda/app/tasklist/", user, "demo");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
        driver.get(base + "/camunda/app/tasklist/default/#/?task=" + taskId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
        return wait;
    }

    /** The form's visible text with its placeholders, titles and labels (where form-js puts words too). */
    private static String formText(WebDriver driver) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("var f = document.querySelector('.fjs-form');"
                + "if (!f) { return ''; } var out = [f.innerText];"
                + "f.querySelectorAll('[placeholder],[title],[aria-label]').forEach(function (e) {"
                + "  ['placeholder', 'title', 'aria-label'].forEach(function (a) {"
                + "    if (e.getAttribute(a)) { out.push(e.getAttribute(a)); } }); });"
                + "return out.join('\\n');"));
    }

    private static void complete(WebDriver driver, WebDriverWait wait) {
        WebElement button = driver.findElement(By.xpath("//button[normalize-space(.)='Selesaikan']"));
        wait.until(d -> button.isEnabled());
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + " arguments[0].click();", button);
    }

    private static void shot(WebDriver driver, String name) throws java.io.IOException {
        Path shot = Path.of("target", "screenshots", name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
