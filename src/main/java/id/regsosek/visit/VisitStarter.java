package id.regsosek.visit;

import id.regsosek.identity.SystemCalls;
import id.regsosek.identity.TenantFromRegency;
import id.regsosek.period.PeriodStarter;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts household-visit for every family of an approved SLS (or one family) that has none yet, in chunks of
 * {@code regsosek.visit.start-chunk} (500) families per transaction: each chunk's instances and its family_visit
 * rows commit together, so a failure loses nothing and a second call starts only what is missing (family_visit's
 * key forbids doubles). A whole district goes chunk by chunk in its own jobs ({@link #startChunkForDistrict}):
 * called inside a caller's transaction, the chunks here would all commit in that one. An SLS that needs the
 * building management's permission ({@code sls.access_kind}) is skipped until its sls_access row is GRANTED.
 */
@Service
public class VisitStarter {

    private static final Logger log = LoggerFactory.getLogger(VisitStarter.class);
    private static final String PENDING = """
            select f.id, f.sls_id, f.regency_code, ppl.user_id, pml.user_id, s.code,
                   x.hours_from, x.hours_to, x.contact_name, x.contact_phone
            from family f join sls_assignment a on a.sls_id = f.sls_id and a.status = 'APPROVED'
            join sls s on s.id = f.sls_id
            join officer ppl on ppl.id = a.ppl_officer_id
            join officer pml on pml.id = a.pml_officer_id
            left join family_visit v on v.family_id = f.id
            left join sls_access x on x.sls_id = s.id
            where v.family_id is null and f.result_code is null and ppl.user_id is not null and pml.user_id is not null
              and (s.access_kind is null or x.status = 'GRANTED')
              and %s
            order by f.id""";

    private record Pending(long familyId, long slsId, String regency, String pplUser, String pmlUser,
                           String slsCode, String accessNote) {
    }

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final VisitSettings settings;
    private final TransactionTemplate tx;
    private final PeriodStarter periods;
    private final FirstVisitPlan plan;

    public VisitStarter(JdbcTemplate jdbc, RuntimeService runtime, IdentityService identity, VisitSettings settings,
                        PlatformTransactionManager transactions, PeriodStarter periods, FirstVisitPlan plan) {
        this.periods = periods;
        this.plan = plan;
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.identity = identity;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Called when an SLS's assignment is approved. Returns the number of visits started. */
    public int startVisitsForSls(long slsId) {
        return startAll("a.sls_id = ?", slsId, true);
    }

    /**
     * One chunk of a district's visits (at most {@code regsosek.visit.start-chunk}), in the caller's transaction:
     * the area assignment's asynchronous "start fieldwork" step runs one per job until fewer are left.
     */
    public int startChunkForDistrict(String districtCode) {
        ensurePeriods("a.district_code = ?", districtCode);
        int started = startChunk("a.district_code = ?", districtCode, true);
        log.info("started {} household visits of district {} in this chunk", started, districtCode);
        return started;
    }

    /** One family (a new family found in the field). */
    public int startVisitForFamily(long familyId) {
        return startAll("f.id = ?", familyId, false);
    }

    /**
     * One family sent back to the field (a PML's reopening, a village forum's correction). Its regency's period is
     * not started again: once the period has closed, a new period instance would find its end passed and close the
     * re-verification out at once, before any PPL saw it. (While the period runs, the visit waits for its end as
     * every other.)
     */
    public int startReverification(long familyId) {
        return startChunks("f.id = ?", familyId, false);
    }

    private int startAll(String condition, Object key, boolean planned) {
        ensurePeriods(condition, key);
        return startChunks(condition, key, planned);
    }

    private int startChunks(String condition, Object key, boolean planned) {
        int total = 0;
        while (true) {
            Integer n = tx.execute(s -> startChunk(condition, key, planned));
            total += n;
            if (n < settings.startChunk()) {
                break;
            }
        }
        log.info("started {} household visits for {}", total, key);
        return total;
    }

    /** The visits wait for their regency's period end: make sure its enumeration-period instance runs. */
    private void ensurePeriods(String condition, Object key) {
        for (String regency : jdbc.queryForList("select distinct f.regency_code from family f join sls_assignment a"
                + " on a.sls_id = f.sls_id and a.status = 'APPROVED' left join family_visit v on v.family_id = f.id"
                + " where v.family_id is null and f.result_code is null and " + condition, String.class, key)) {
            periods.ensureRunning(regency);
        }
    }

    /** Planned: the first visits of an SLS or district get their day in the PPL's plan ({@link FirstVisitPlan}). */
    private int startChunk(String condition, Object key, boolean planned) {
        List<Pending> chunk = jdbc.query(String.format(PENDING, condition) + " fetch first " + settings.startChunk()
                + " rows only",
                (rs, i) -> new Pending(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), AccessNote.of(rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10))), key);
        List<Object[]> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        Map<String, Integer> ordinals = new HashMap<>();
        SystemCalls.asSystem(identity, () -> {
            for (Pending p : chunk) {
                Map<String, Object> v = variables(p);
                if (planned) {
                    int n = ordinals.computeIfAbsent(p.pplUser(), this::startedFor);
                    ordinals.put(p.pplUser(), n + 1);
                    v.put(VisitProcess.PLANNED_DAY, plan.day(n));
                }
                String id = runtime.startProcessInstanceByKey(VisitProcess.KEY, String.valueOf(p.familyId()), v)
                        .getId();
                rows.add(new Object[] {p.familyId(), p.regency(), p.slsId(), id, now});
            }
            return null;
        });
        jdbc.batchUpdate("insert into family_visit (family_id, regency_code, sls_id, process_instance_id, started_at)"
                + " values (?, ?, ?, ?, ?)", rows);
        return chunk.size();
    }

    /** How many visits of this PPL's areas started before: the next one is planned after them. */
    private int startedFor(String pplUser) {
        return jdbc.queryForObject("select count(*) from family_visit v join sls_assignment a on a.sls_id = v.sls_id"
                + " and a.status = 'APPROVED' join officer o on o.id = a.ppl_officer_id where o.user_id = ?",
                Integer.class, pplUser);
    }

    private Map<String, Object> variables(Pending p) {
        Map<String, Object> v = new HashMap<>();
        // The tenant; the family is the business key and its officers come from the SLS assignment (VisitRouting).
        v.put(TenantFromRegency.REGENCY_VARIABLE, p.regency());
        // The area assignment moves a departed officer's open tasks by this variable (a query key, not a subject).
        v.put(VisitProcess.SLS_CODE, p.slsCode());
        v.put(VisitProcess.MAX_ATTEMPT_DAYS, settings.maxAttemptDays());
        if (p.accessNote() != null) {
            // A closed building: every task of the family shows the allowed hours and the contact person.
            v.put(VisitProcess.ACCESS_NOTE, p.accessNote());
        }
        return v;
    }
}
