package id.regsosek.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import id.regsosek.support.FilterAs;
import id.regsosek.support.SecondRegency;
import id.regsosek.tasklist.TaskColumns;
import id.regsosek.tasklist.TaskFilter;
import id.regsosek.tasklist.TasklistFilters;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Visit tasks name their family in Tasklist, and the PPL's and PML's shared filters hold their own tasks only:
 * counted through the filter as the user (its groups and regency), never another PPL's or another regency's task.
 */
class VisitTaskFiltersTest extends VisitProcessTestSupport {

    @Autowired
    private FilterService filters;
    @Autowired
    private IdentityService identity;
    @Autowired
    private TaskService tasks;
    @Autowired
    private VisitSettings settings;

    @Test
    void aVisitTaskNamesItsFamilyAndCarriesItsColumns() {
        ProcessInstance pi = visitOneFamily();
        jdbc.update("update family set building_no = '012' where id = ?", familyOf(pi));
        complete(task(pi), FormData.visitAt(3, FormData.daysAgo(0, "00:00")));
        execute(job(VisitProcess.TIMER_REVISIT, pi));

        Task second = task(pi);
        assertThat(second.getName()).isEqualTo("Kunjungi keluarga: Kepala Keluarga 1, No. bangunan 012, SLS "
                + team.slsCode() + ", kunjungan ke-2");
        assertThat(tasks.getVariablesLocal(second.getId())).containsEntry(TaskColumns.HEAD, "Kepala Keluarga 1")
                .containsEntry(TaskColumns.BUILDING, "012").containsEntry(TaskColumns.SLS, team.slsCode())
                .containsEntry(TaskColumns.ATTEMPT, 2);
        assertThat(second.getName()).doesNotContain(FormData.HEAD_NIK);
    }

    @Test
    void eachPplAndPmlFilterHoldsOnlyTheUsersOwnTasksOfItsRegency() {
        List<ProcessInstance> mine = visits(3);
        VisitFixtures.Team other = new VisitFixtures(jdbc, users, "32.16").team("other");
        new VisitFixtures(jdbc, users, "32.16").families(other, 1);
        starter.startVisitsForSls(other.slsId());
        // Another regency's visit, handed to this PPL by id: only the tenant check keeps it out of the lists.
        Task foreign = foreignVisitTask();
        tasks.setAssignee(foreign.getId(), team.pplUser());

        // One family keyed and waiting for the PML, one returned to the PPL for correction.
        complete(task(mine.get(0)), FormData.keyed(1));
        complete(task(mine.get(1)), FormData.keyed(1));
        complete(task(mine.get(1)), withVariables(VisitProcess.APPROVED, false, VisitProcess.RETURN_REASON,
                "Umur kepala keluarga tidak cocok"));

        assertThat(countAs(team.pplUser(), TasklistFilters.PPL_TODAY)).isEqualTo(1);
        assertThat(namesAs(team.pplUser(), TasklistFilters.PPL_TODAY)).singleElement().asString()
                .startsWith("Kunjungi keluarga: Kepala Keluarga 3,").contains(team.slsCode());
        assertThat(countAs(team.pplUser(), TasklistFilters.PPL_CORRECT)).isEqualTo(1);
        assertThat(namesAs(team.pplUser(), TasklistFilters.PPL_CORRECT)).singleElement().asString()
                .startsWith("Perbaiki formulir: Kepala Keluarga 2,");
        assertThat(countAs(team.pmlUser(), TasklistFilters.PML_CHECK)).isEqualTo(1);
        assertThat(countAs(other.pplUser(), TasklistFilters.PPL_TODAY)).isEqualTo(1);
        assertThat(countAs(other.pmlUser(), TasklistFilters.PML_CHECK)).isZero();

        // A follow-up date set for tomorrow takes a visit off today's list.
        Task today = tasks.createTaskQuery().processInstanceId(mine.get(2).getId()).singleResult();
        today.setFollowUpDate(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(2))));
        tasks.saveTask(today);
        assertThat(countAs(team.pplUser(), TasklistFilters.PPL_TODAY)).isZero();
    }

    @Test
    void aPplsFirstVisitsArePlannedAFewADayAndARevisitIsDueOnceItsTimerFires() {
        int perDay = settings.firstVisitsPerDay();
        List<ProcessInstance> all = visits(perDay + 2);
        assertThat(countAs(team.pplUser(), TasklistFilters.PPL_TODAY)).isEqualTo(perDay);
        java.time.LocalDate today = java.time.LocalDate.now(settings.zone());
        assertThat(followUpDay(all.get(perDay - 1))).isEqualTo(today);
        assertThat(followUpDay(all.get(perDay))).isEqualTo(today.plusDays(1));
        // A family added to the SLS later is planned after those already started.
        List<Long> late = new VisitFixtures(jdbc, users, regency()).families(team, 1);
        assertThat(starter.startVisitsForSls(team.slsId())).isEqualTo(1);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(late.get(0))).singleResult()
                .getFollowUpDate()).isNotNull();
        assertThat(countAs(team.pplUser(), TasklistFilters.PPL_TODAY)).isEqualTo(perDay);

        // The PPL goes a day early and finds nobody home: the revisit is due once its timer fires, plan or not.
        ProcessInstance early = all.get(perDay + 1);
        complete(task(early), FormData.visitAt(3, FormData.daysAgo(0, "00:00")));
        execute(job(VisitProcess.TIMER_REVISIT, early));
        assertThat(task(early).getFollowUpDate()).isNull();
        assertThat(countAs(team.pplUser(), TasklistFilters.PPL_TODAY)).isEqualTo(perDay + 1);
    }

    /**
     * Between midnight and 07:00 in Jakarta a server on UTC is still on the day before: its "today" once lagged, and
     * the day's planned first visits were missing from the list (this class failed when run in those hours). The
     * engine's clock is put at 03:00 WIB, the server's zone kept as it is.
     */
    @Test
    void todaysPlannedVisitsAreTodaysInTheRegencysZoneWhateverTheServersZone() {
        java.time.ZonedDateTime night = java.time.ZonedDateTime.now(settings.zone()).plusDays(1)
                .withHour(3).withMinute(0);
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(night.toInstant()));
        try {
            int perDay = settings.firstVisitsPerDay();
            List<ProcessInstance> all = visits(perDay + 1);
            assertThat(followUpDay(all.get(0))).isEqualTo(night.toLocalDate());
            assertThat(countAs(team.pplUser(), TasklistFilters.PPL_TODAY)).isEqualTo(perDay);
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
        // And the expression itself: the regency's midnight, from a server on UTC or one already on the regency's.
        assertThat(TasklistFilters.tomorrow(java.time.ZoneId.of("Asia/Jakarta"), java.time.ZoneOffset.UTC,
                java.time.Instant.now())).contains("plusMinutes(420)").contains("minusMinutes(420)");
        assertThat(TasklistFilters.tomorrow(java.time.ZoneId.of("Asia/Makassar"), java.time.ZoneId.of(
                "Asia/Makassar"), java.time.Instant.now())).doesNotContain("Minutes");
    }

    private java.time.LocalDate followUpDay(ProcessInstance pi) {
        return java.time.LocalDate.ofInstant(task(pi).getFollowUpDate().toInstant(), settings.zone());
    }

    @Test
    void aPplSeesItsOwnFiltersOnly() {
        List<String> names = as(team.pplUser(), () -> filters.createFilterQuery().listPage(0, 100).stream()
                .map(Filter::getName).toList());
        assertThat(names).contains(TasklistFilters.PPL_TODAY, TasklistFilters.PPL_CORRECT, TasklistFilters.MINE)
                .doesNotContain(TasklistFilters.PML_CHECK, TasklistFilters.STAFF_VERIFY,
                        TasklistFilters.KOSEKA_DISTRICT);
        String pmlFilter = filter(TasklistFilters.PML_CHECK).getId();
        assertThatThrownBy(() -> as(team.pplUser(), () -> filters.count(pmlFilter)))
                .isInstanceOf(AuthorizationException.class);
        assertThat(filter(TasklistFilters.PPL_TODAY).getProperties()).containsKey(TaskFilter.CODE)
                .containsEntry("showUndefinedVariable", false);
    }

    private Task foreignVisitTask() {
        SecondRegency.ensure(imports, users);
        String sls = String.format("%04d", 1000 + (int) (System.nanoTime() % 8000));
        var report = imports.importSls(SecondRegency.CODE, "sls.csv", ("village_code,sls_code,sub_sls,name,type,"
                + "expected_families\n32.75.01.1001," + sls + ",00,RT " + sls + ",SLS,5\n")
                .getBytes(StandardCharsets.UTF_8), "test");
        assertThat(report.state()).as(report.problems().toString()).isEqualTo("DONE");
        long slsId = jdbc.queryForObject("select id from sls where code = ?", Long.class,
                "32.75.01.1001." + sls + ".00");
        VisitFixtures kota = new VisitFixtures(jdbc, users, SecondRegency.CODE);
        VisitFixtures.Team team75 = kota.team("kota", slsId);
        long family = kota.families(team75, 1).get(0);
        assertThat(starter.startVisitsForSls(slsId)).isEqualTo(1);
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(family)).singleResult();
    }

    private Filter filter(String name) {
        return new FilterAs(filters, identity).filter(name);
    }

    private long countAs(String user, String filterName) {
        return new FilterAs(filters, identity).count(user, filterName);
    }

    private List<String> namesAs(String user, String filterName) {
        return new FilterAs(filters, identity).names(user, filterName);
    }

    private <T> T as(String user, Supplier<T> call) {
        return new FilterAs(filters, identity).as(user, call);
    }
}
