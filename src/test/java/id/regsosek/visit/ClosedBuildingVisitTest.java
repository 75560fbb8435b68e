package id.regsosek.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The families of a closed building whose access was granted: their visits start only then, every task shows the
 * access note (hours, contact), and a revisit lands inside the hours the management allows.
 */
class ClosedBuildingVisitTest extends VisitProcessTestSupport {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final VisitCalendar.AllowedHours NINE_TO_NOON = new VisitCalendar.AllowedHours(LocalTime.of(9, 0),
            LocalTime.of(12, 0));

    @Autowired
    private VisitCalendar calendar;

    private void closedBuilding(String status) {
        jdbc.update("update sls set access_kind = 'APARTEMEN' where id = ?", team.slsId());
        jdbc.update("insert into sls_access (sls_id, regency_code, status, blocked_since, granted_by, hours_from,"
                + " hours_to, contact_name, contact_phone) values (?, ?, ?, ?, 'Manajer gedung', '09:00', '12:00',"
                + " 'Pak Satpam', '0812 3456 7890')", team.slsId(), regency(), status, Timestamp.from(Instant.now()));
    }

    @Test
    void noVisitStartsBeforeTheAccessIsGranted() {
        closedBuilding("ASKED");
        new VisitFixtures(jdbc, users, regency()).families(team, 2);
        assertThat(starter.startVisitsForSls(team.slsId())).isZero();
        jdbc.update("update sls_access set status = 'REFUSED' where sls_id = ?", team.slsId());
        assertThat(starter.startVisitsForSls(team.slsId())).isZero();
        jdbc.update("update sls_access set status = 'GRANTED' where sls_id = ?", team.slsId());
        assertThat(starter.startVisitsForSls(team.slsId())).isEqualTo(2);
    }

    @Test
    void theOfficersOwnListShowsTheNoteOrThatThePermissionIsAwaited() {
        closedBuilding("ASKED");
        String body = http(team.pplUser()).get("/api/assignment/my-sls").body();
        assertThat(body).contains(team.slsCode()).contains(AccessNote.WAITING);
        jdbc.update("update sls_access set status = 'GRANTED' where sls_id = ?", team.slsId());
        assertThat(http(team.pmlUser()).get("/api/assignment/my-sls").body())
                .contains("kunjungi hanya pukul 09:00-12:00. Narahubung: Pak Satpam (0812 3456 7890)");
        var page = new id.regsosek.support.SessionHttp("http://localhost:" + port, team.pplUser(), "demo")
                .get("/assignment/my");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("kunjungi hanya pukul 09:00-12:00");
    }

    @Test
    void everyTaskOfTheFamilyShowsTheAccessNote() {
        closedBuilding("GRANTED");
        ProcessInstance pi = visitOneFamily();
        String note = "Gedung tertutup: kunjungi hanya pukul 09:00-12:00. Narahubung: Pak Satpam (0812 3456 7890).";
        assertThat(runtime.getVariable(pi.getId(), VisitProcess.ACCESS_NOTE)).isEqualTo(note);
        assertThat(task(pi).getDescription()).isEqualTo(note);
        complete(task(pi), FormData.visitAt(3, FormData.daysAgo(1, "19:00")));
        execute(pi);
        assertThat(task(pi).getDescription()).isEqualTo(note);
    }

    private void execute(ProcessInstance pi) {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute(
                org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job(VisitProcess.TIMER_REVISIT, pi));
    }

    @Test
    void aRevisitLandsInsideTheAllowedHours() {
        closedBuilding("GRANTED");
        ProcessInstance pi = visitOneFamily();
        // Nobody home just after midnight: the usual rule says tomorrow 15:00, after closing: tomorrow 09:00.
        complete(task(pi), FormData.visitAt(3, FormData.daysAgo(0, "00:00")));
        assertThat(pi).isWaitingAt(VisitProcess.TIMER_REVISIT);
        Instant planned = ((Timestamp) jdbc.queryForObject("select planned_at from visit_appointment where"
                + " family_id = ?", Timestamp.class, familyOf(pi))).toInstant();
        assertThat(planned).isEqualTo(LocalDate.now(JAKARTA).plusDays(1).atTime(9, 0).atZone(JAKARTA).toInstant());
        assertThat(((java.util.Date) runtime.getVariable(pi.getId(), VisitProcess.REVISIT_AT)).toInstant())
                .isEqualTo(planned);

        // Nobody home yesterday evening: whatever the usual slot, the revisit is inside 09:00-12:00 and ahead.
        execute(pi);
        complete(task(pi), FormData.visitAt(2, FormData.daysAgo(0, "00:30")));
        Instant second = jdbc.queryForObject("select max(planned_at) from visit_appointment where family_id = ?",
                Timestamp.class, familyOf(pi)).toInstant();
        assertThat(inHours(second)).as(second.toString()).isTrue();
    }

    @Test
    void theCalendarMovesEverySlotIntoTheHours() {
        Instant now = ZonedDateTime.of(2022, 10, 20, 6, 0, 0, 0, JAKARTA).toInstant();
        for (int hour = 0; hour < 24; hour++) {
            Instant last = ZonedDateTime.of(2022, 10, 20, hour, 10, 0, 0, JAKARTA).toInstant();
            Instant next = calendar.nextRevisit(last, now, Optional.of(NINE_TO_NOON));
            assertThat(inHours(next)).as("after an attempt at %02d:10: %s", hour, next).isTrue();
            assertThat(next).isAfter(now);
        }
        // Morning attempt: afternoon slot, after closing: the next day's opening, 21 October 09:00.
        assertThat(calendar.nextRevisit(ZonedDateTime.of(2022, 10, 20, 10, 0, 0, 0, JAKARTA).toInstant(), now,
                Optional.of(NINE_TO_NOON))).isEqualTo(ZonedDateTime.of(2022, 10, 21, 9, 0, 0, 0, JAKARTA).toInstant());
        // Open hours that hold the usual slot keep it; no hours: the usual rule.
        var afternoon = Optional.of(new VisitCalendar.AllowedHours(LocalTime.of(14, 0), LocalTime.of(20, 0)));
        Instant morning = ZonedDateTime.of(2022, 10, 20, 10, 0, 0, 0, JAKARTA).toInstant();
        assertThat(calendar.nextRevisit(morning, now, afternoon)).isEqualTo(calendar.nextRevisit(morning, now));
        assertThat(calendar.nextRevisit(morning, now, Optional.empty())).isEqualTo(calendar.nextRevisit(morning, now));
    }

    private static boolean inHours(Instant at) {
        LocalTime t = at.atZone(JAKARTA).toLocalTime();
        return !t.isBefore(NINE_TO_NOON.from()) && t.isBefore(NINE_TO_NOON.to());
    }
}
