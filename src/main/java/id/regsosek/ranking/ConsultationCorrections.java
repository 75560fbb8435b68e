package id.regsosek.ranking;

import id.regsosek.imports.CsvColumn;
import id.regsosek.imports.CsvRow;
import id.regsosek.imports.CsvTable;
import id.regsosek.imports.ImportCounts;
import id.regsosek.imports.ImportRun;
import id.regsosek.imports.Problems;
import id.regsosek.signoff.FamilyReopening;
import id.regsosek.signoff.SignoffRepository;
import id.regsosek.signoff.SignoffState;
import id.regsosek.signoff.SignoffStarter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections from the villages' consultation forums (CSV: family_id, reason): each named family goes back to the
 * field for re-verification, and its SLS through checks and sign-off again. When the last such SLS is accepted
 * the handover starts again and re-ranks the regency. The whole file is checked first; one bad row, nothing done.
 */
@Service
public class ConsultationCorrections {

    public static final String KIND = "forum-corrections";
    public static final String STEP_FORUM = "FORUM";
    /** A family id is a number (checked below); the forum's reason joins the SLS's decision (1,000 characters). */
    public static final List<CsvColumn> FORMAT = List.of(CsvColumn.shaped("family_id"), CsvColumn.of("reason", 500));

    private final JdbcTemplate jdbc;
    private final FamilyReopening reopening;
    private final SignoffRepository signoffs;
    private final SignoffStarter starter;
    private final RuntimeService runtime;

    public ConsultationCorrections(JdbcTemplate jdbc, FamilyReopening reopening, SignoffRepository signoffs,
                                   SignoffStarter starter, RuntimeService runtime) {
        this.jdbc = jdbc;
        this.reopening = reopening;
        this.signoffs = signoffs;
        this.starter = starter;
        this.runtime = runtime;
    }

    @Transactional
    public ImportCounts apply(String regency, String fileName, byte[] content, ImportRun run) {
        Problems problems = new Problems(fileName);
        CsvTable table = CsvTable.read(problems, content, FORMAT);
        Map<Long, String> reasons = new LinkedHashMap<>();
        Map<Long, Long> slsOf = new HashMap<>();
        for (CsvRow row : table.rows()) {
            String id = row.get("family_id");
            Long sls = id.matches("\\d{1,18}") ? slsOfRankedFamily(regency, Long.parseLong(id)) : null;
            if (sls == null) {
                problems.add(row, "family_id", "'" + id + "' is not a ranked family of regency " + regency);
            } else if (!canGoBackToTheField(sls)) {
                problems.add(row, "family_id", "family " + id + " cannot go back to the field: its SLS has no approved"
                        + " assignment with a PPL and a PML who can log in");
            } else if (row.get("reason").isEmpty()) {
                problems.add(row, "reason", "the forum's reason is required");
            } else if (reasons.putIfAbsent(Long.parseLong(id), row.get("reason")) != null) {
                problems.add(row, "family_id", "family " + id + " is named twice");
            } else {
                slsOf.put(Long.parseLong(id), sls);
            }
        }
        problems.rejectIfAny();
        run.expect(reasons.size());
        Map<Long, List<Long>> bySls = new LinkedHashMap<>();
        reasons.keySet().forEach(f -> bySls.computeIfAbsent(slsOf.get(f), k -> new ArrayList<>()).add(f));
        bySls.forEach((sls, families) -> reverify(regency, sls, families, reasons));
        run.advance(reasons.size());
        return new ImportCounts(reasons.size(), 0, reasons.size(), 0, 0);
    }

    /**
     * Sends checked families (id -> the forum's reason) back to the field, SLS by SLS, as the CSV upload does: used
     * by a village forum's own step, whose listener checked each family is ranked, in its village and ready.
     */
    public void reverify(String regency, Map<Long, String> reasons) {
        Map<Long, List<Long>> bySls = new LinkedHashMap<>();
        reasons.keySet().forEach(f -> bySls.computeIfAbsent(slsOfRankedFamily(regency, f), k -> new ArrayList<>())
                .add(f));
        bySls.forEach((sls, families) -> reverify(regency, sls, families, reasons));
    }

    /** Whether a ranked family can go back to the field (its SLS has an approved PPL and PML with logins). */
    public boolean readyForTheField(String regency, long familyId) {
        Long sls = slsOfRankedFamily(regency, familyId);
        return sls != null && canGoBackToTheField(sls);
    }

    private void reverify(String regency, long slsId, List<Long> families, Map<Long, String> reasons) {
        String reason = String.join("; ", families.stream().map(f -> f + ": " + reasons.get(f)).toList());
        reopening.reopen(slsId, families, reason);
        signoffs.decision(slsId, STEP_FORUM, "REOPEN", reason.length() > 1000 ? reason.substring(0, 1000) : reason,
                null);
        signoffs.status(slsId, regency, SignoffState.FIELDWORK);
        String code = jdbc.queryForObject("select code from sls where id = ?", String.class, slsId);
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).active().count() == 0) {
            starter.startForSls(slsId);
        }
    }

    /** What a re-verification visit needs (as VisitStarter starts one): an approved PPL and PML with logins. */
    private boolean canGoBackToTheField(long slsId) {
        return jdbc.queryForObject("select count(*) from sls_assignment a join officer ppl on ppl.id = a.ppl_officer_id"
                + " join officer pml on pml.id = a.pml_officer_id where a.sls_id = ? and a.status = 'APPROVED'"
                + " and ppl.user_id is not null and pml.user_id is not null", Integer.class, slsId) > 0;
    }

    private Long slsOfRankedFamily(String regency, long familyId) {
        List<Long> sls = jdbc.queryForList("select f.sls_id from family f join family_rank r on r.family_id = f.id"
                + " where f.id = ? and f.regency_code = ?", Long.class, familyId, regency);
        return sls.isEmpty() ? null : sls.get(0);
    }
}
