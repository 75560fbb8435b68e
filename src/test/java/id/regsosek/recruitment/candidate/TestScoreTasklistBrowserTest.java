package id.regsosek.recruitment.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import id.regsosek.recruitment.RecruitmentFixture;
import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.support.AppTest;
import id.regsosek.support.Browser;

import java.time.Duration;
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
 * Recruitment staff key a candidate's test score the way an office does: in Tasklist, in a real browser, through
 * the deployed Camunda Form; the score lands in our table as keyed by form and the candidate moves to interview.
 */
class TestScoreTasklistBrowserTest extends AppTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RecruitmentImports imports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rekrutmenKeysATestScoreInTasklist() throws Exception {
        BpmnAwareTests.init(engine);
        RecruitmentFixture fx = new RecruitmentFixture(imports, engine.getRuntimeService(), jdbc);
        String reg = fx.eligible();
        fx.importAll();
        ProcessInstance pi = fx.instance(reg);
        execute(job(RecruitmentProcess.START, pi));
        String taskId = task(pi).getId();

        WebDriver driver = Browser.start();
        try {
            String base = "http://localhost:" + port;
            Browser.login(driver, base, "/camunda/app/tasklist/", "rekrutmen", "demo");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
            driver.get(base + "/camunda/app/tasklist/default/#/?task=" + taskId);
            // A group task: the person claims it first, as in the office.
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.claim, button.claim, [ng-click*='claim']")))
                    .click();
            Browser.shot(driver, "tasklist-claim.png");
            wait.until(d -> rekrutmenHolds(taskId));
            WebElement score = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("input[id$='Field_TestScore'], input[type=number]")));
            score.sendKeys("87");
            Browser.shot(driver, "tasklist-test-score.png");
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//button[normalize-space()='Selesaikan']"))).click();
            wait.until(d -> jdbc.queryForObject("select count(*) from officer_candidate where campaign_key = ? and"
                    + " registration_no = ? and test_score is not null", Integer.class, fx.campaign, reg) == 1);
        } finally {
            driver.quit();
        }
        assertThat(jdbc.queryForObject("select test_score || ' ' || test_score_source from officer_candidate where"
                + " campaign_key = ? and registration_no = ?", String.class, fx.campaign, reg)).isEqualTo("87 FORM");
        assertThat(pi).hasPassed(RecruitmentProcess.ENTER_TEST_SCORE).isWaitingAt(RecruitmentProcess.INTERVIEW);
    }

    private boolean rekrutmenHolds(String taskId) {
        return "rekrutmen".equals(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult()
                .getAssignee());
    }
}
