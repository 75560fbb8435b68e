package id.regsosek.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.identity.RegencyUsers;
import id.regsosek.support.AppTest;
import id.regsosek.support.Browser;

import java.time.Duration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In an Indonesian browser the regency admin starts a district's area assignment from Tasklist's start form,
 * picking the district from its regency's list; a district already running is refused with the reason in
 * Tasklist; koseka1, the district's Koseka, then finds its review task in its own list, the plan as a table, and
 * moves an SLS by picking it and its new PPL from the district's lists.
 */
class AssignmentStartBrowserTest extends AppTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegencyUsers users;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @Test
    void adminPicksTheDistrictInTasklistAndKoseka1GetsItsReview() throws Exception {
        TestDistrict d = TestDistrict.create(jdbc, users, "32.16.66", false, 2, 1, new int[] {120, 110, 90});
        jdbc.update("insert into officer (regency_code, officer_code, user_id, name, role, status, home_district_code)"
                + " values ('32.16', 'KSK-321666-K1', 'koseka1', 'Kurnia', 'KOSEKA', 'ACTIVE', ?)", d.code);
        String base = "http://localhost:" + port;
        WebDriver driver = Browser.start("id");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        try {
            Browser.login(driver, base, "/camunda/app/tasklist/", "admin", "demo");
            wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
            startFor(driver, wait, "32.16.66 Uji 32.16.66 (PPL 2, PML 1)");
            Browser.shot(driver, "tasklist-assignment-start.png");
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Mulai']")))
                    .click();
            wait.until(x -> runtime.createProcessInstanceQuery().processDefinitionKey(AreaAssignmentProcess.KEY)
                    .processInstanceBusinessKey(d.code).count() == 1);

            // The list no longer offers it; asked again through the API-shaped path it would be refused (see
            // AssignmentStartFormTest). Here: a district of the list started meanwhile by someone else.
            TestDistrict other = TestDistrict.create(jdbc, users, "32.16.67", 1, 1, new int[] {50});
            driver.navigate().refresh();
            wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
            openStartForm(driver, wait);
            pick(driver, wait, "32.16.67 Uji 32.16.67 (PPL 1, PML 1)");
            new AssignmentStarterAccess(runtime).start(other.code);
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Mulai']")))
                    .click();
            WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//*[contains(normalize-space(.), 'Penugasan wilayah kecamatan 32.16.67 sudah berjalan')"
                    + " and not(*[contains(normalize-space(.), 'sudah berjalan')])]")));
            assertThat(error.getText()).doesNotContain("Cannot instantiate");
            Browser.shot(driver, "tasklist-assignment-refused.png");
        } catch (RuntimeException | AssertionError e) {
            Browser.shot(driver, "assignment-start-failed.png");
            throw e;
        } finally {
            driver.quit();
        }
        ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(AreaAssignmentProcess.KEY)
                .processInstanceBusinessKey(d.code).singleResult();
        Task review = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo(AreaAssignmentProcess.TASK_REVIEW);
        assertThat(review.getAssignee()).isEqualTo("koseka1");

        WebDriver koseka = Browser.start("id");
        try {
            Browser.login(koseka, base, "/camunda/app/tasklist/", "koseka1", "demo");
            WebDriverWait kwait = new WebDriverWait(koseka, Duration.ofSeconds(60));
            kwait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
            koseka.get(base + "/camunda/app/tasklist/default/#/?task=" + review.getId());
            kwait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//*[contains(@class, 'names')]//*[contains(normalize-space(.), '" + review.getName() + "')]")));
            kwait.until(x -> x.getPageSource().contains(d.code));
            // The plan is a table per officer; a move is picked from the district's SLS and officers.
            kwait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"),
                    "Beban / target"));
            assertThat(koseka.findElement(By.cssSelector(".fjs-form")).getText()).contains(d.officerCode("PPL", 1),
                    d.officerCode("PPL", 2), d.officerCode("PML", 1));
            String sls = d.slsCodes.get(0);
            int to = d.ppl.get(0).equals(d.pplOf(sls)) ? 2 : 1;
            choose(koseka, kwait, "Field_MoveFrom1", sls, "SLS " + sls + " ");
            choose(koseka, kwait, "Field_MoveTo1", d.officerCode("PPL", to), "PPL " + d.officerCode("PPL", to) + " ");
            Browser.shot(koseka, "tasklist-koseka-review.png");
            WebElement complete = koseka.findElement(By.xpath("//button[normalize-space(.)='Selesaikan']"));
            kwait.until(x -> complete.isEnabled());
            ((JavascriptExecutor) koseka).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                    + " arguments[0].click();", complete);
            kwait.until(x -> d.ppl.get(to - 1).equals(d.pplOf(sls)));
        } catch (RuntimeException | AssertionError e) {
            Browser.shot(koseka, "koseka-review-failed.png");
            throw e;
        } finally {
            koseka.quit();
        }
    }

    private static void startFor(WebDriver driver, WebDriverWait wait, String option) {
        openStartForm(driver, wait);
        pick(driver, wait, option);
    }

    private static void openStartForm(WebDriver driver, WebDriverWait wait) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'Mulai proses')]"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'Penugasan wilayah')]"))).click();
    }

    /** The searchable select of forms/assignment-start.form: type part of the district, click its entry. */
    private static void pick(WebDriver driver, WebDriverWait wait, String option) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "input[id$='Field_District']")));
        // form-js's own placeholder, in Indonesian (scripts/regsosek-formjs.js)
        assertThat(input.getAttribute("placeholder")).isEqualTo("Cari");
        input.click();
        input.sendKeys(option.substring(0, 8));
        WebElement item = wait.until(x -> x.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                .filter(e -> e.getText().trim().equals(option)).findFirst().orElse(null));
        new Actions(driver).moveToElement(item).clickAndHold().release().perform();
        ((JavascriptExecutor) driver).executeScript("arguments[0].blur();", input);
    }

    /** A searchable select of the review's moves: type part of the choice, click the entry it begins with. */
    private static void choose(WebDriver driver, WebDriverWait wait, String id, String typed, String prefix) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "input[id$='" + id + "']")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(typed);
        WebElement item = wait.until(x -> x.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                .filter(e -> e.getText().trim().startsWith(prefix)).findFirst().orElse(null));
        new Actions(driver).moveToElement(item).clickAndHold().release().perform();
        ((JavascriptExecutor) driver).executeScript("arguments[0].blur();", input);
    }

    /** The system's own start (our API's path) of a district, as another admin's click would land meanwhile. */
    private record AssignmentStarterAccess(RuntimeService runtime) {
        void start(String district) {
            runtime.createProcessInstanceByKey(AreaAssignmentProcess.KEY).businessKey(district)
                    .setVariables(java.util.Map.of("regencyCode", "32.16", AreaAssignmentProcess.DISTRICT_CODE,
                            district)).execute();
        }
    }
}
