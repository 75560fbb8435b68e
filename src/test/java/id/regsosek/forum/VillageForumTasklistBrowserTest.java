package id.regsosek.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import id.regsosek.identity.Groups;
import id.regsosek.identity.RegencyUsers;
import id.regsosek.support.AppTest;
import id.regsosek.support.Browser;
import id.regsosek.visit.VisitFixtures;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A village official holds its forum in Tasklist, in a real browser: the form names the village and links its
 * list, the official keys one correction, and the family goes back to the field.
 */
class VillageForumTasklistBrowserTest extends AppTest {

    @Autowired
    private ProcessEngine engine;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RegencyUsers users;
    @Autowired
    private ForumStarter starter;

    @Test
    void theOfficialDownloadsItsListKeysTwoCorrectionsAndBothFamiliesGoBackToTheField() throws Exception {
        BpmnAwareTests.init(engine);
        String campaign = "32.16-FORUMUI" + System.nanoTime() % 100000;
        long slsId = jdbc.queryForObject("select id from sls s where district_code = '32.16.21' and not exists"
                + " (select 1 from sls_assignment a where a.sls_id = s.id) order by id desc fetch first 1 rows only",
                Long.class);
        String village = jdbc.queryForObject("select village_code from sls where id = ?", String.class, slsId);
        VisitFixtures fixtures = new VisitFixtures(jdbc, users, "32.16");
        List<Long> families = fixtures.families(fixtures.team("forum-ui", slsId), 2);
        for (long f : families) {
            jdbc.update("update family set result_code = 1, final_at = ? where id = ?", Timestamp.from(Instant.now()), f);
            jdbc.update("insert into family_rank (family_id, regency_code, campaign_key, score, welfare_rank, decile)"
                    + " values (?, '32.16', ?, 1.0, 1, 5)", f, campaign);
        }
        String official = "desa-ui-" + village;
        users.ensure(new RegencyUsers.NewUser(official, "Perangkat", village, null, "demo", Groups.VILLAGE_OFFICIAL,
                "32.16"));
        jdbc.update("delete from village_official where user_id = ?", official);
        jdbc.update("insert into village_official (user_id, regency_code, village_code) values (?, '32.16', ?)",
                official, village);
        starter.startForCampaign("32.16", campaign);
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(ForumSubject.key(campaign, village)).singleResult();
        String taskId = task(pi).getId();

        WebDriver driver = Browser.start();
        try {
            String base = "http://localhost:" + port;
            Browser.login(driver, base, "/camunda/app/tasklist/", official, "demo");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
            driver.get(base + "/camunda/app/tasklist/default/#/?task=" + taskId);
            WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("a[href$='/daftar.csv']")));
            assertThat(link.getAttribute("href")).endsWith(ForumController.listPath(campaign, village));
            assertThat(driver.getPageSource()).contains(village);
            // The official downloads the village's list (in the browser's session): families and ranks, no NIK.
            String list = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + " fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERROR ' + e));",
                    link.getAttribute("href"));
            assertThat(list).contains(String.valueOf(families.get(0)), String.valueOf(families.get(1)))
                    .doesNotContainIgnoringCase("nik");
            // Two corrections keyed, one per line.
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("textarea[id$='Field_Corrections']")))
                    .sendKeys(families.get(0) + "; pindah ke desa lain\n" + families.get(1)
                            + "; kepala keluarga sudah meninggal", org.openqa.selenium.Keys.TAB);
            Thread.sleep(1500); // form-js commits typed text a moment later (debounced)
            Browser.shot(driver, "tasklist-village-forum.png");
            // Clicked as a script would: the footer may cover the button on a short window.
            WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//button[normalize-space()='Selesaikan']")));
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", complete);
            wait.until(d -> engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0);
        } finally {
            driver.quit();
        }
        assertThat(pi).isEnded().hasPassed(VillageForumProcess.TASK_REVERIFY);
        assertThat(jdbc.queryForObject("select reason from village_forum_correction where family_id = ?",
                String.class, families.get(1))).isEqualTo("kepala keluarga sudah meninggal");
        assertThat(jdbc.queryForObject("select reason from village_forum_correction where family_id = ?",
                String.class, families.get(0))).isEqualTo("pindah ke desa lain");
        // Both families are back in the field: a re-verification visit each.
        for (long f : families) {
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(
                    id.regsosek.visit.VisitProcess.KEY).processInstanceBusinessKey(String.valueOf(f)).active().count())
                    .as("re-verification visit of family " + f).isEqualTo(1);
        }
    }
}
