package id.regsosek.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import id.regsosek.recruitment.RecruitmentFixture;
import id.regsosek.recruitment.RecruitmentProcess;
import id.regsosek.recruitment.candidate.RecruitmentImports;
import id.regsosek.support.AppTest;
import id.regsosek.support.Browser;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
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
 * Recruitment staff work one district at a time: "Rekrutmen per kecamatan" counts each step's open tasks per
 * district, and a count opens Tasklist on that step's filter holding only that district's candidates.
 */
class StaffDistrictsBrowserTest extends AppTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RecruitmentImports imports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCountOpensTasklistOnTheStepWithThatDistrictsCandidatesOnly() throws Exception {
        BpmnAwareTests.init(engine);
        String one = RecruitmentFixture.newDistrict(jdbc, 100);
        String two = RecruitmentFixture.newDistrict(jdbc, 100);
        RecruitmentFixture fx = new RecruitmentFixture(imports, engine.getRuntimeService(), jdbc);
        List<String> regs = List.of(fx.add("SMA", one, one + ".2001", false, "LENGKAP"),
                fx.add("SMA", one, one + ".2001", false, "LENGKAP"), fx.add("SMA", two, two + ".2001", false,
                        "LENGKAP"));
        fx.importAll();
        regs.forEach(reg -> execute(job(RecruitmentProcess.START, fx.instance(reg))));

        WebDriver driver = Browser.start();
        try {
            String base = "http://localhost:" + port;
            Browser.login(driver, base, "/", "rekrutmen", "demo");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            Browser.click(driver, wait.until(ExpectedConditions.elementToBeClickable(By.id("staff-districts-link"))));
            WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#staff-districts tr[data-district='" + one + "']")));
            WebElement count = row.findElement(By.cssSelector("a[data-step='" + TasklistFilters.STAFF_TEST + "']"));
            assertThat(count.getText()).isEqualTo("2");
            assertThat(driver.findElement(By.cssSelector("#staff-districts tr[data-district='" + two + "'] a"))
                    .getText()).isEqualTo("1");
            Browser.shot(driver, "staff-districts.png");

            Browser.click(driver, count);
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".tasks-list li.task"), 2));
            String list = driver.findElement(By.cssSelector(".tasks-list")).getText();
            assertThat(list).contains("Uji " + one).doesNotContain("Uji " + two);
            Browser.shot(driver, "staff-districts-tasklist.png");
        } finally {
            driver.quit();
        }
    }
}
