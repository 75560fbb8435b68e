package id.regsosek.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import id.regsosek.identity.RegencyUsers;
import id.regsosek.support.AppTest;
import id.regsosek.support.Browser;
import id.regsosek.visit.VisitFixtures;

import java.time.Duration;
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
 * The Koseka records an apartment block's permission in Tasklist, in a real browser, through the deployed form:
 * the SLS is named on the form, the grant's fields appear once "Izin diberikan" is picked, and what Tasklist sends
 * passes the trust boundary into our row.
 */
class SlsAccessTasklistBrowserTest extends AppTest {

    @Autowired
    private ProcessEngine engine;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private RegencyUsers users;
    @Autowired
    private SlsAccessStarter starter;

    @Test
    void theKosekaRecordsThePermissionInTasklist() throws Exception {
        BpmnAwareTests.init(engine);
        SlsAccessProcessTest.ensureKoseka(jdbc, users);
        long slsId = jdbc.queryForObject("select id from sls s where district_code = ? and not exists (select 1"
                + " from sls_assignment a where a.sls_id = s.id) order by id fetch first 1 rows only", Long.class,
                SlsAccessProcessTest.DISTRICT);
        VisitFixtures.Team team = new VisitFixtures(jdbc, users, "32.16").team("akses-ui", slsId);
        jdbc.update("update sls set access_kind = 'ASRAMA' where id = ?", slsId);
        starter.startForDistrict(SlsAccessProcessTest.DISTRICT);
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(SlsAccessProcess.KEY).processInstanceBusinessKey(team.slsCode()).singleResult();
        String taskId = task(pi).getId();

        WebDriver driver = Browser.start();
        try {
            String base = "http://localhost:" + port;
            Browser.login(driver, base, "/camunda/app/tasklist/", SlsAccessProcessTest.KOSEKA, "demo");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
            driver.get(base + "/camunda/app/tasklist/default/#/?task=" + taskId);
            wait.until(d -> d.getPageSource().contains(team.slsCode()));
            List<WebElement> decisions = wait.until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector("input[type=radio]"), 3));
            decisions.get(0).click();
            type(wait, "Field_GrantedBy", "Pak Ketua Asrama");
            type(wait, "Field_HoursFrom", "13:00");
            type(wait, "Field_HoursTo", "17:30");
            type(wait, "Field_ContactName", "Penjaga asrama");
            Browser.shot(driver, "tasklist-sls-access.png");
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//button[normalize-space()='Selesaikan']"))).click();
            wait.until(d -> engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0);
        } finally {
            driver.quit();
        }
        assertThat(jdbc.queryForMap("select granted_by, hours_from, hours_to, contact_name, decided_by from sls_access"
                + " where sls_id = ?", slsId)).containsEntry("GRANTED_BY", "Pak Ketua Asrama")
                .containsEntry("HOURS_FROM", "13:00").containsEntry("HOURS_TO", "17:30")
                .containsEntry("CONTACT_NAME", "Penjaga asrama").containsEntry("DECIDED_BY", SlsAccessProcessTest.KOSEKA);
        assertThat(pi).isWaitingAt(SlsAccessProcess.TASK_GRANT);
    }

    private static void type(WebDriverWait wait, String field, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[id$='" + field + "']")))
                .sendKeys(text);
    }
}
