package id.regsosek.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import id.regsosek.support.Browser;
import id.regsosek.visit.VisitProcess;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist and Cockpit as the staff see them in a real browser: in Indonesian, whatever language the browser asks
 * for, and never a raw translation key (CREATION_DATE, SEARCH_PLACEHOLDER) where a label belongs.
 */
class WebappLanguageBrowserTest extends AppTest {

    /** What an untranslated label looks like on screen: the key itself, e.g. CREATION_DATE. */
    private static final Pattern RAW_KEY = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

    /** The page's visible text, plus placeholders, titles and labels of visible elements. */
    private static final String VISIBLE_TEXT = "var out = [document.body.innerText];"
            + "document.querySelectorAll('[placeholder],[title],[aria-label]').forEach(function (e) {"
            + "  if (e.offsetParent === null) { return; }"
            + "  ['placeholder', 'title', 'aria-label'].forEach(function (a) {"
            + "    if (e.getAttribute(a)) { out.push(e.getAttribute(a)); } });"
            + "});"
            + "return out.join('\\n');";

    @Autowired
    private TaskService tasks;
    @Autowired
    private RepositoryService repository;

    @Test
    void pplWithAnIndonesianBrowserWorksInIndonesianTasklist() throws Exception {
        Task task = tasks.createTaskQuery().taskAssignee("ppl1").taskDefinitionKey(VisitProcess.TASK_VISIT)
                .listPage(0, 1).get(0);
        // Unplanned (no follow-up date), so the header offers to set one.
        task.setFollowUpDate(null);
        tasks.saveTask(task);
        WebDriver driver = Browser.start("id");
        try {
            assertThat(language(driver)).startsWith("id");
            WebDriverWait wait = tasklist(driver, "ppl1");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list li.task")));
            String list = settled(driver, wait, "locale-id-tasklist-list.png", "Mulai proses", "Dibuat");
            assertThat(list).contains("Saring Tugas", "Tugas");

            driver.findElement(By.xpath("//a[contains(., 'Mulai proses')]")).click();
            settled(driver, wait, "locale-id-tasklist-start.png", "Cari menurut nama proses.");
            driver.findElement(By.cssSelector(".modal-footer button")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));

            driver.get(base() + "/camunda/app/tasklist/default/#/?task=" + task.getId());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
            String detail = settled(driver, wait, "locale-id-tasklist-task.png", "Formulir", "Riwayat", "Diagram");
            assertThat(detail).contains("Atur tindak lanjut", "Atur tenggat", "Simpan", "Selesaikan");
            // form-js's date field: its month-first placeholder and the calendar's names in Indonesian.
            WebElement date = driver.findElement(By.cssSelector(".fjs-form input[placeholder='bb/hh/tttt']"));
            Browser.click(driver, date);
            date.sendKeys(" ");
            wait.until(d -> d.findElements(By.cssSelector(".flatpickr-weekday")).stream()
                    .anyMatch(w -> w.getText().contains("Sen")));
            String calendar = driver.findElement(By.cssSelector(".flatpickr-calendar")).getText();
            assertThat(calendar).doesNotContain("Mon", "Tue", "Wed");
        } finally {
            driver.quit();
        }
    }

    @Test
    void managerWithAnIndonesianBrowserReadsCockpitInIndonesian() throws Exception {
        ProcessDefinition visit = repository.createProcessDefinitionQuery()
                .processDefinitionKey(VisitProcess.KEY).latestVersion().list().get(0);
        WebDriver driver = Browser.start("id");
        try {
            Browser.login(driver, base(), "/camunda/app/cockpit/", "manajer", "demo");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.urlContains("/camunda/app/cockpit/"));
            // the counts render after the labels: wait for the deployed process definitions to be counted
            wait.until(d -> visibleText(d).matches("(?s).*Definisi Proses\\s+[1-9].*"));
            settled(driver, wait, "locale-id-cockpit-dashboard.png", "Proses", "Keputusan", "Deployment");

            driver.get(base() + "/camunda/app/cockpit/default/#/processes");
            settled(driver, wait, "locale-id-cockpit-processes.png", "definisi proses ter-deploy", "Instans Berjalan");

            driver.get(base() + "/camunda/app/cockpit/default/#/process-definition/" + visit.getId() + "/runtime");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".djs-container svg")));
            settled(driver, wait, "locale-id-cockpit-process.png", "Instans Proses", "Versi Definisi",
                    "Kunci Definisi", "Statistik Instans Aktivitas", "Berjalan");
        } finally {
            driver.quit();
        }
    }

    @Test
    void englishBrowserStillGetsIndonesianUnlessThePersonAsksForEnglish() throws Exception {
        WebDriver driver = Browser.start("en-US");
        try {
            assertThat(language(driver)).startsWith("en");
            WebDriverWait wait = tasklist(driver, "ppl1");
            settled(driver, wait, "locale-en-browser-tasklist.png", "Mulai proses", "Dibuat");

            Browser.open(driver, base() + "/camunda/app/tasklist/default/?lang=en#/",
                    ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Start process"));
            Browser.open(driver, base() + "/camunda/app/tasklist/default/#/",
                    ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Start process"));
            Browser.open(driver, base() + "/camunda/app/tasklist/default/?lang=id#/",
                    ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Mulai proses"));
        } finally {
            driver.quit();
        }
    }

    /** The raw keys: Tasklist's search box and sorting are drawn before a slow locale file arrives. */
    @Test
    void labelsArrivingLateLeaveNoRawKeyInTasklist() throws Exception {
        WebDriver driver = Browser.start("id");
        try {
            // a first visit: nothing cached in this browser, every locale file slow from the start
            driver.get(base() + "/login");
            driver.manage().addCookie(new Cookie(SlowLocaleFilter.COOKIE, "1"));
            WebDriverWait wait = tasklist(driver, "ppl1");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list li.task")));
            String text = settled(driver, wait, "locale-id-tasklist-slow-labels.png", "Mulai proses", "Dibuat");
            assertThat(text).contains("Saring Tugas");
        } finally {
            driver.quit();
        }
    }

    private WebDriverWait tasklist(WebDriver driver, String user) {
        Browser.login(driver, base(), "/camunda/app/tasklist/", user, "demo");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
        return wait;
    }

    /**
     * Waits until the page shows every expected label, screenshots it, and checks no raw key is left on it.
     * Returns the page's text.
     */
    private String settled(WebDriver driver, WebDriverWait wait, String shot, String... labels) throws Exception {
        try {
            String text = wait.until(d -> {
                String t = visibleText(d);
                return List.of(labels).stream().allMatch(t::contains) ? t : null;
            });
            Thread.sleep(500); // late widgets (counts, diagram) render after the labels
            text = visibleText(driver);
            Browser.shot(driver, shot);
            assertThat(rawKeys(text)).as("raw translation keys on %s", shot).isEmpty();
            return text;
        } catch (RuntimeException | AssertionError e) {
            Browser.shot(driver, "failed-" + shot);
            throw e;
        }
    }

    static Set<String> rawKeys(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = RAW_KEY.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String visibleText(WebDriver driver) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(VISIBLE_TEXT));
    }

    private static String language(WebDriver driver) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return navigator.languages[0];"));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
