package id.regsosek.dashboard;

import id.regsosek.dashboard.DashboardViews.Area;
import id.regsosek.dashboard.DashboardViews.Officer;
import id.regsosek.dashboard.DashboardViews.Problem;
import id.regsosek.dashboard.DashboardViews.Step;
import id.regsosek.dashboard.DashboardViews.Summary;
import id.regsosek.identity.SystemCalls;
import id.regsosek.mail.MailAddresses;
import id.regsosek.mail.OutboxQueries;
import id.regsosek.period.EnumerationPeriod;
import id.regsosek.period.EnumerationPeriods;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Reads of the dashboard aggregates of one regency: small tables, indexed by regency, so each read is quick. */
@Service
public class DashboardQueries {

    private final JdbcTemplate jdbc;
    private final EnumerationPeriods periods;
    private final OfficerFlags flags;
    private final OutboxQueries outbox;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;
    private final IdentityService identity;

    public DashboardQueries(JdbcTemplate jdbc, EnumerationPeriods periods, OfficerFlags flags, OutboxQueries outbox,
                            ProcessEngine engine) {
        this.jdbc = jdbc;
        this.runtime = engine.getRuntimeService();
        this.management = engine.getManagementService();
        this.repository = engine.getRepositoryService();
        this.identity = engine.getIdentityService();
        this.periods = periods;
        this.flags = flags;
        this.outbox = outbox;
    }

    public Summary summary(String regency) {
        List<Map<String, Object>> refresh = jdbc.queryForList(
                "select refreshed_at, duration_ms from dash_refresh where regency_code = ?", regency);
        Map<String, Object> totals = jdbc.queryForMap("select coalesce(sum(expected), 0) e, coalesce(sum(families),"
                + " 0) f, coalesce(sum(final_families), 0) d, coalesce(sum(sls_total), 0) s, coalesce(sum(sls_complete),"
                + " 0) c, coalesce(sum(sls_signed_off), 0) o from dash_area where regency_code = ? and area_level = 'DISTRICT'", regency);
        long incidents = SystemCalls.asSystem(identity, () -> runtime.createIncidentQuery().tenantIdIn(regency)
                .count());
        Instant at = refresh.isEmpty() ? null : ((Timestamp) refresh.get(0).get("refreshed_at")).toInstant();
        Integer ms = refresh.isEmpty() ? null : ((Number) refresh.get(0).get("duration_ms")).intValue();
        // The regency's own period: the one its visits close at (moved by its admin or the configured default).
        EnumerationPeriod period = periods.of(regency);
        return new Summary(regency, at, ms, period.start(), period.end(), period.expectedShare(today()),
                num(totals, "e"), num(totals, "f"), num(totals, "d"), num(totals, "s"), num(totals, "c"),
                num(totals, "o"), incidents);
    }

    public List<Step> steps(String regency) {
        Instant at = refreshedAt(regency);
        return jdbc.query("select process_key, activity_id, activity_name, activity_type, open_count, median_since,"
                + " p90_since, oldest_since from dash_step where regency_code = ?", (rs, i) -> new Step(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        hours(at, rs.getTimestamp(6)), hours(at, rs.getTimestamp(7)), rs.getTimestamp(8).toInstant()),
                regency).stream().sorted(Comparator.comparingDouble(Step::p90WaitHours).reversed()).toList();
    }

    /** Districts (parent null) or the villages / SLS under a code, the furthest behind the expected line first. */
    public List<Area> areas(String regency, String parent) {
        double expectedShare = periods.of(regency).expectedShare(today());
        String where = parent == null ? "area_level = 'DISTRICT'" : "parent_code = ?";
        Object[] args = parent == null ? new Object[] {regency} : new Object[] {regency, parent};
        return jdbc.query("select area_level, code, name, expected, families, final_families, sls_total,"
                + " sls_complete, sls_signed_off from dash_area where regency_code = ? and " + where, (rs, i) -> area(rs,
                        expectedShare), args).stream().sorted(Comparator.comparingDouble(Area::behindBy).reversed()
                .thenComparing(Area::code)).toList();
    }

    public List<Officer> officers(String regency, int limit) {
        return jdbc.query("select user_id, officer_code, name, role, district_code, open_tasks, overdue_tasks,"
                        + " attempts, no_respondent, refused, fast_completions, returned_forms from dash_officer"
                        + " where regency_code = ?"
                        + " order by overdue_tasks desc, open_tasks desc, user_id", (rs, i) -> flags.officer(rs),
                regency).stream().limit(limit).toList();
    }

    /** The funnel of one campaign of the regency, per district (as of the last refresh). */
    public List<DashboardViews.Funnel> funnel(String regency, String campaign) {
        return jdbc.query("select f.district_code, d.name, f.registered, f.eligible, f.tested, f.selected,"
                + " f.trained, f.deployed, f.reserve_left from dash_funnel f join district d on d.code ="
                + " f.district_code where f.regency_code = ? and f.campaign_key = ? order by f.district_code",
                (rs, i) -> new DashboardViews.Funnel(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)), regency, campaign);
    }

    /** SLS held back for a closed building's access, the longest blocked first (live: a small table). */
    public List<DashboardViews.BlockedArea> blockedAreas(String regency) {
        Instant now = Instant.now();
        return jdbc.query("select s.code, s.name, s.district_code, s.access_kind, x.status, x.blocked_since,"
                + " x.deadline_at, x.overdue from sls_access x join sls s on s.id = x.sls_id where x.regency_code = ?"
                + " and x.status in ('ASKED', 'REFUSED') order by x.blocked_since, s.code", (rs, i) -> {
                    Timestamp deadline = rs.getTimestamp(7);
                    return new DashboardViews.BlockedArea(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                            hours(now, rs.getTimestamp(6)), deadline == null ? null : deadline.toInstant(),
                            rs.getBoolean(8));
                }, regency);
    }

    /** The regency's village forums, newest campaign first, late and open ones first (live: a small table). */
    public List<DashboardViews.VillageForum> villageForums(String regency) {
        return jdbc.query("select f.campaign_key, f.village_code, v.name, f.status, (select min(o.user_id) from"
                + " village_official o where o.village_code = f.village_code), f.due_at, f.late, f.held_at,"
                + " f.corrections from village_forum f join village v on v.code = f.village_code where"
                + " f.regency_code = ? order by f.started_at desc, f.late desc, f.status desc, f.village_code"
                + " fetch first 1000 rows only", (rs, i) -> new DashboardViews.VillageForum(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getBoolean(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(), rs.getInt(9)), regency);
    }

    /** Failing mails first (from the outbox, in words), then incidents and steps being retried. */
    public List<Problem> problems(String regency, boolean fullAddresses) {
        List<Problem> mails = outbox.failing(regency, 500).stream().map(m -> new Problem(m.givenUp()
                ? "email gagal, berhenti dicoba" : "email gagal, dicoba lagi otomatis", m.kind(), fullAddresses
                ? m.recipient() : MailAddresses.mask(m.recipient()), null, null, null, m.since(), m.reason(), m.id()))
                .toList();
        // The engine's own queries: a regency has few incidents and failing jobs, and each list is capped.
        List<Problem> incidents = SystemCalls.asSystem(identity, () -> runtime.createIncidentQuery()
                .tenantIdIn(regency).orderByIncidentTimestamp().asc().listPage(0, 500)).stream()
                .map(i -> new Problem("insiden: " + i.getIncidentType(), null, null,
                        processKey(i.getProcessDefinitionId()), i.getActivityId(), i.getProcessInstanceId(),
                        i.getIncidentTimestamp().toInstant(), i.getIncidentMessage(), null))
                .toList();
        List<Problem> retrying = SystemCalls.asSystem(identity, () -> management.createJobQuery()
                .tenantIdIn(regency).withException().withRetriesLeft().listPage(0, 500)).stream()
                .sorted(Comparator.comparing(Job::getCreateTime, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(j -> new Problem("gagal, dicoba ulang", null, null, j.getProcessDefinitionKey(),
                        j.getFailedActivityId(), j.getProcessInstanceId(),
                        j.getCreateTime() == null ? null : j.getCreateTime().toInstant(), j.getExceptionMessage(), null))
                .toList();
        return java.util.stream.Stream.of(mails, incidents, retrying).flatMap(List::stream).limit(500).toList();
    }

    private String processKey(String processDefinitionId) {
        return processDefinitionId == null ? null : SystemCalls.asSystem(identity,
                () -> repository.getProcessDefinition(processDefinitionId).getKey());
    }

    private Area area(ResultSet rs, double expectedShare) throws SQLException {
        int expected = rs.getInt(4);
        int finalFamilies = rs.getInt(6);
        double share = expected == 0 ? 0 : (double) finalFamilies / expected;
        return new Area(rs.getString(1), rs.getString(2), rs.getString(3), expected, rs.getInt(5), finalFamilies,
                share, expectedShare, expectedShare - share, rs.getInt(7), rs.getInt(8), rs.getInt(9));
    }

    private Instant refreshedAt(String regency) {
        List<Timestamp> at = jdbc.queryForList("select refreshed_at from dash_refresh where regency_code = ?",
                Timestamp.class, regency);
        return at.isEmpty() ? Instant.now() : at.get(0).toInstant();
    }

    private static double hours(Instant at, Timestamp since) {
        return Math.round(Duration.between(since.toInstant(), at).toMinutes() / 6.0) / 10.0;
    }

    private static long num(Map<String, Object> row, String key) {
        Object v = row.get(key) != null ? row.get(key) : row.get(key.toUpperCase());
        return v == null ? 0 : ((Number) v).longValue();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Jakarta"));
    }
}
