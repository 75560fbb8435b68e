package id.regsosek.assignment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer leaves mid-operation. A PPL's unfinished SLS go to a reserve PPL of the district (an active PPL
 * without SLS) or, without one, each to the least-loaded PPL under the same PML (then of the district). A PML's
 * PPL go to a reserve PML or each to the PML with the fewest PPL. Finished SLS keep their officer (history).
 * The Koseka then reviews the result like the first plan.
 */
@Service
public class DropoutService {

    public record Outcome(long dropoutId, List<Long> newOfficerIds) {
    }

    private static final Logger log = LoggerFactory.getLogger(DropoutService.class);

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Officers officers;
    private final AssignmentRows rows;
    private final MoveService moves;
    private final PlanStore plans;

    public DropoutService(JdbcTemplate jdbc, Officers officers, AssignmentRows rows, MoveService moves,
                          PlanStore plans, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.officers = officers;
        this.rows = rows;
        this.moves = moves;
        this.plans = plans;
        this.events = events;
    }

    @Transactional
    public Outcome dropout(String district, long officerId, String reason, String userId) {
        Officers.Officer officer = officers.byId(officerId);
        if (!district.equals(officer.districtCode()) || "KOSEKA".equals(officer.role())) {
            throw new IllegalArgumentException("officer " + officer.code() + " is not a PPL or PML of district "
                    + district);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a dropout needs a reason");
        }
        officers.markDropped(officerId);
        // Listeners run now, in this transaction: a failing reserve promotion rolls the dropout back.
        events.publishEvent(new OfficerDroppedOut(officer.code(), officer.districtCode(), officer.role()));
        long dropoutId = record(officer, reason, userId);
        Set<Long> receivers = "PPL".equals(officer.role()) ? replacePpl(district, officer, dropoutId, userId)
                : replacePml(district, officer, dropoutId, userId);
        plans.measure(district);
        log.info("dropout {} of {} {} in district {}: work moved to {} officer(s)", dropoutId, officer.role(),
                officer.code(), district, receivers.size());
        return new Outcome(dropoutId, List.copyOf(receivers));
    }

    private Set<Long> replacePpl(String district, Officers.Officer old, long dropoutId, String userId) {
        List<AssignmentRows.Row> open = rows.ofOfficer(district, old.id()).stream()
                .filter(r -> Long.valueOf(old.id()).equals(r.pplId()) && !r.finished()).toList();
        Set<Long> receivers = new LinkedHashSet<>();
        Long reserve = reserve(district, "PPL", "ppl_officer_id");
        Map<Long, Integer> load = loads(district, "ppl_officer_id");
        for (AssignmentRows.Row r : open) {
            long to;
            if (reserve != null) {
                to = reserve;
            } else {
                Map<Long, Integer> peers = loads(district, "ppl_officer_id", r.pmlId());
                Map<Long, Integer> pool = peers.isEmpty() ? load : peers;
                to = pool.entrySet().stream().min(Map.Entry.<Long, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey())).orElseThrow(() -> new IllegalStateException(
                        "no active PPL left in district " + district + " to take over " + r.slsCode())).getKey();
            }
            moves.log(district, r.slsId(), "PPL", to, userId, dropoutId, reserve != null ? "RESERVE" : "SPREAD",
                    "dropout " + old.code());
            Long pml = jdbc.queryForList("select min(pml_officer_id) from sls_assignment where ppl_officer_id = ?",
                    Long.class, to).get(0);
            jdbc.update("update sls_assignment set ppl_officer_id = ?, pml_officer_id = coalesce(?, pml_officer_id)"
                    + " where sls_id = ?", to, pml, r.slsId());
            load.merge(to, r.expected(), Integer::sum);
            receivers.add(to);
        }
        return receivers;
    }

    private Set<Long> replacePml(String district, Officers.Officer old, long dropoutId, String userId) {
        Map<Long, List<AssignmentRows.Row>> byPpl = rows.ofOfficer(district, old.id()).stream()
                .filter(r -> Long.valueOf(old.id()).equals(r.pmlId()) && !r.finished())
                .collect(Collectors.groupingBy(r -> r.pplId() == null ? 0L : r.pplId(), TreeMap::new,
                        Collectors.toList()));
        Set<Long> receivers = new LinkedHashSet<>();
        Long reserve = reserve(district, "PML", "pml_officer_id");
        Map<Long, Integer> pplCount = new TreeMap<>();
        jdbc.query("select pml_officer_id, count(distinct ppl_officer_id) from sls_assignment a join officer o"
                + " on o.id = a.pml_officer_id where a.district_code = ? and o.status = 'ACTIVE'"
                + " group by pml_officer_id", rs -> {
                    pplCount.put(rs.getLong(1), rs.getInt(2));
                }, district);
        for (List<AssignmentRows.Row> sls : byPpl.values()) {
            long to = reserve != null ? reserve : pplCount.entrySet().stream()
                    .min(Map.Entry.<Long, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow(() -> new IllegalStateException("no active PML left in district " + district))
                    .getKey();
            for (AssignmentRows.Row r : sls) {
                moves.log(district, r.slsId(), "PML", to, userId, dropoutId, reserve != null ? "RESERVE" : "SPREAD",
                        "dropout " + old.code());
                jdbc.update("update sls_assignment set pml_officer_id = ? where sls_id = ?", to, r.slsId());
            }
            pplCount.merge(to, 1, Integer::sum);
            receivers.add(to);
        }
        return receivers;
    }

    /** The first active officer of the role (by code) who covers no SLS of the district, or null. */
    private Long reserve(String district, String role, String column) {
        return officers.active(district, role).stream()
                .filter(o -> jdbc.queryForObject("select count(*) from sls_assignment where " + column + " = ?",
                        Integer.class, o.id()) == 0)
                .map(Officers.Officer::id).findFirst().orElse(null);
    }

    private Map<Long, Integer> loads(String district, String column) {
        return loads(district, column, null);
    }

    /** Expected families of each active officer of the column, optionally only those under one PML. */
    private Map<Long, Integer> loads(String district, String column, Long underPml) {
        Map<Long, Integer> out = new TreeMap<>();
        String sql = "select a." + column + ", sum(s.expected_families) from sls_assignment a join sls s on s.id ="
                + " a.sls_id join officer o on o.id = a." + column + " where a.district_code = ? and o.status ="
                + " 'ACTIVE'" + (underPml == null ? "" : " and a.pml_officer_id = ?") + " group by a." + column;
        Object[] args = underPml == null ? new Object[] {district} : new Object[] {district, underPml};
        jdbc.query(sql, rs -> {
            out.put(rs.getLong(1), rs.getInt(2));
        }, args);
        return out;
    }

    private long record(Officers.Officer officer, String reason, String userId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into officer_dropout (regency_code, district_code, officer_id,"
                    + " reason, reported_by, reported_at) values (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, officer.regencyCode());
            ps.setString(2, officer.districtCode());
            ps.setLong(3, officer.id());
            ps.setString(4, reason.length() > 300 ? reason.substring(0, 300) : reason);
            ps.setString(5, userId);
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** The officer that dropped out in a recorded dropout. */
    public long officerOf(long dropoutId) {
        return jdbc.queryForObject("select officer_id from officer_dropout where id = ?", Long.class, dropoutId);
    }
}
