package id.regsosek.visit;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import id.regsosek.support.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The visit form as Tasklist's own form-js renders it, in a headless Chromium: ppl1 keys a complete visit with two
 * members (a short NIK is marked first), presses Complete, and both members are stored.
 */
class TasklistMembersBrowserTest extends AppTest {

    @Autowired
    private TaskService tasks;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void pplKeysTwoMembersInTasklistAndTheyAreStored() throws Exception {
        Task task = tasks.createTaskQuery().taskAssignee("ppl1").taskDefinitionKey(VisitProcess.TASK_VISIT)
                .orderByTaskCreateTime().asc().listPage(0, 1).get(0);
        long family = jdbc.queryForObject("select family_id from family_visit where process_instance_id = ?",
                Long.class, task.getProcessInstanceId());
        WebDriver driver = Browser.start();
        try {
            String base = "http://localhost:" + port;
            Browser.login(driver, base, "/camunda/app/tasklist/", "ppl1", "demo");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
            driver.get(base + "/camunda/app/tasklist/default/#/?task=" + task.getId());
            wait.until(ExpectedConditions.presenceOfElementLocated(input("floorArea")));
            // One member row shows at first; the next opens once a row has a name.
            assertThat(driver.findElements(input("member2Nik"))).isEmpty();
            // form-js's date picker takes month first (placeholder bb/hh/tttt in Indonesian), its time field jj:mm.
            type(driver, driver.findElement(By.cssSelector(".fjs-datepicker input")), java.time.LocalDate.now(
                    java.time.ZoneId.of("Asia/Jakarta")).minusDays(1).format(java.time.format.DateTimeFormatter
                    .ofPattern("MM/dd/yyyy")) + "\n");
            type(driver, driver.findElement(By.cssSelector("input[placeholder='jj:mm']")), "09:30\n");
            choose(driver, "resultCode", "1 Lengkap");
            choose(driver, "prelistStatus", "Ditemukan");
            member(driver, 1, "Budi Santoso", FormData.HEAD_NIK, "1 Kepala keluarga", "Laki-laki",
                    FormData.headAge());
            type(driver, driver.findElement(input("member2Nik")), "32160155");
            type(driver, driver.findElement(input("member2Name")), "Siti Aminah");
            wait.until(d -> !field(d.findElement(input("member2Nik"))).findElements(
                    By.cssSelector(".fjs-form-field-error")).isEmpty());
            driver.findElement(input("member2Nik")).sendKeys(org.openqa.selenium.Keys.chord(
                    org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.BACK_SPACE);
            wait.until(d -> field(d.findElement(input("member2Nik"))).findElements(
                    By.cssSelector(".fjs-form-field-error")).isEmpty());
            member(driver, 2, "", TasklistVisitTest.WIFE_NIK, "2 Istri/suami", "Perempuan", wifeAge());
            // Number fields commit their value a moment after typing (form-js debounces them): typed before the
            // selects, not just before Complete.
            type(driver, driver.findElement(input("floorArea")), "36");
            for (String[] pick : new String[][] {{"tenure", "Milik sendiri"}, {"floorMaterial", "Keramik"},
                    {"wallMaterial", "Tembok"}, {"roofMaterial", "Genteng"}, {"waterSource", "Air isi ulang"},
                    {"sanitation", "Sendiri"}, {"electricity", "PLN 900 VA"}, {"cookingFuel", "Gas 3 kg"}}) {
                choose(driver, pick[0], pick[1]);
            }
            shot(driver, "tasklist-visit-keyed.png");
            WebElement complete = driver.findElement(By.xpath("//button[normalize-space(.)='Selesaikan']"));
            wait.until(d -> complete.isEnabled());
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                    + " arguments[0].click();", complete);
            wait.until(d -> jdbc.queryForObject("select count(*) from family_member where family_id = ?",
                    Integer.class, family) == 2);
        } catch (RuntimeException | AssertionError e) {
            shot(driver, "tasklist-visit-failed.png");
            throw e;
        } finally {
            driver.quit();
        }
        assertThat(jdbc.queryForList("select name || '/' || nik || '/' || relationship || '/' || sex from"
                + " family_member where family_id = ? order by line_no", String.class, family)).containsExactly(
                "Budi Santoso/" + FormData.HEAD_NIK + "/1/L", "Siti Aminah/" + TasklistVisitTest.WIFE_NIK + "/2/P");
        assertThat(tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                .getTaskDefinitionKey()).isEqualTo(VisitProcess.TASK_CHECK_FORM);
    }

    private static int wifeAge() {
        LocalDate now = LocalDate.now();
        return now.getYear() - 1992 - (now.isBefore(LocalDate.of(now.getYear(), 7, 15)) ? 1 : 0);
    }

    /** form-js gives each input the id fjs-form-{form}-{component id}: the component of the key, in the form. */
    private static By input(String key) {
        return By.cssSelector("[id$='-" + COMPONENT_IDS.get(key) + "']");
    }

    private static final java.util.Map<String, String> COMPONENT_IDS = componentIds();

    private static java.util.Map<String, String> componentIds() {
        try {
            var ids = new java.util.HashMap<String, String>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of("forms", "visit-family.form")
                    .toFile()).findParents("key").forEach(c -> ids.put(c.get("key").asText(), c.get("id").asText()));
            return ids;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static WebElement field(WebElement input) {
        return input.findElement(By.xpath("./ancestor::div[contains(concat(' ', @class, ' '), ' fjs-form-field ')][1]"));
    }

    private static void member(WebDriver driver, int row, String name, String nik, String relationship, String sex,
                               int age) {
        if (!name.isEmpty()) {
            type(driver, driver.findElement(input("member" + row + "Name")), name);
        }
        type(driver, driver.findElement(input("member" + row + "Nik")), nik);
        choose(driver, "member" + row + "Relationship", relationship);
        choose(driver, "member" + row + "Sex", sex);
        type(driver, driver.findElement(input("member" + row + "Age")), String.valueOf(age));
        choose(driver, "member" + row + "Education", "SMA/SMK");
        choose(driver, "member" + row + "Work", "Bekerja");
    }

    private static void choose(WebDriver driver, String key, String option) {
        WebElement select = field(driver.findElement(input(key)));
        WebElement group = select.findElement(By.cssSelector(".fjs-input-group"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", group);
        group.click();
        WebElement item = new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> select.findElements(
                By.cssSelector(".fjs-dropdownlist-item")).stream().filter(e -> e.getText().trim().equals(option))
                .findFirst().orElse(null));
        new Actions(driver).moveToElement(item).clickAndHold().release().perform();
    }

    private static void type(WebDriver driver, WebElement input, String text) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.sendKeys(text);
    }

    private static void shot(WebDriver driver, String name) throws java.io.IOException {
        Path shot = Path.of("target", "screenshots", name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
