package id.regsosek.recruitment.candidate;

import id.regsosek.identity.SystemCalls;
import id.regsosek.imports.CsvColumn;
import id.regsosek.imports.CsvRow;
import id.regsosek.imports.CsvTable;
import id.regsosek.imports.ImportCounts;
import id.regsosek.imports.ImportRun;
import id.regsosek.imports.Problems;
import id.regsosek.recruitment.RecruitmentProcess;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the online test's export (registration_no, test_score 0-100) and hands each score to the candidate's
 * waiting recruitment instance (whose "enter test score" task it closes), all in one transaction: a file with one
 * bad row changes nothing. A score already imported with the same value is left alone, so re-importing the file is
 * harmless; a score entered in Tasklist first is never overwritten (the row is refused).
 */
@Service
public class TestScoreImporter {

    public static final String KIND = "test-scores";
    public static final List<CsvColumn> FORMAT = List.of(CsvColumn.shaped("registration_no"),
            CsvColumn.shaped("test_score"));
    public static final List<String> COLUMNS = CsvColumn.names(FORMAT);

    private record Waiting(long id, String status, Integer score, String source) {
    }

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;

    private final IdentityService identity;

    public TestScoreImporter(JdbcTemplate jdbc, RuntimeService runtime, IdentityService identity) {
        this.identity = identity;
        this.jdbc = jdbc;
        this.runtime = runtime;
    }

    @Transactional
    public ImportCounts importFile(String regency, String campaign, String fileName, byte[] content, ImportRun run) {
        Problems problems = new Problems(fileName);
        CsvTable table = CsvTable.read(problems, content, FORMAT);
        Map<String, Waiting> known = new HashMap<>();
        jdbc.query("select registration_no, id, status, test_score, test_score_source from officer_candidate"
                + " where campaign_key = ? and regency_code = ?", rs -> {
                    known.put(rs.getString(1), new Waiting(rs.getLong(2), rs.getString(3),
                            (Integer) rs.getObject(4, Integer.class), rs.getString(5)));
                }, campaign, regency);
        Map<String, Integer> scores = new LinkedHashMap<>();
        int unchanged = 0;
        for (CsvRow row : table.rows()) {
            String reg = row.get("registration_no");
            Waiting w = known.get(reg);
            String value = row.get("test_score");
            if (w == null) {
                problems.add(row, "registration_no", "unknown registration number in campaign " + campaign);
            } else if (!value.matches("\\d{1,3}") || Integer.parseInt(value) > 100) {
                problems.add(row, "test_score", "test score must be a whole number 0..100, got '" + value + "'");
            } else if (scores.containsKey(reg)) {
                problems.add(row, "registration_no", "registration number listed twice");
            } else if (w.score() != null && RecruitmentProcess.SOURCE_FORM.equals(w.source())) {
                problems.add(row, "test_score", "the test score (" + w.score() + ") was already entered in Tasklist"
                        + " for this candidate; remove this row");
            } else if (w.score() != null) {
                if (w.score() != Integer.parseInt(value)) {
                    problems.add(row, "test_score", "a different score (" + w.score() + ") is already recorded");
                }
                unchanged++;
            } else if (!"TESTING".equals(w.status())) {
                problems.add(row, "registration_no", "candidate is not waiting for a test (status " + w.status() + ")");
            } else {
                scores.put(reg, Integer.parseInt(value));
            }
        }
        problems.rejectIfAny();
        run.expect(scores.size());
        for (Map.Entry<String, Integer> e : scores.entrySet()) {
            // Guarded: a score entered in Tasklist meanwhile makes this row fail and the whole file roll back.
            if (jdbc.update("update officer_candidate set test_score = ?, test_score_source = ? where id = ? and"
                    + " test_score is null", e.getValue(), RecruitmentProcess.SOURCE_FILE,
                    known.get(e.getKey()).id()) == 0) {
                throw new IllegalStateException("the test score of " + e.getKey() + " was entered in Tasklist"
                        + " while the file was imported; import the file again");
            }
            SystemCalls.asSystem(identity, () -> {
                runtime.createMessageCorrelation(RecruitmentProcess.MSG_TEST_SCORE)
                        .processInstanceBusinessKey(e.getKey())
                        .tenantId(regency)
                        .processInstanceVariableEquals(RecruitmentProcess.CAMPAIGN_KEY, campaign)
                        .setVariable(RecruitmentProcess.TEST_SCORE, e.getValue())
                        .correlate();
                return null;
            });
            run.advance(1);
        }
        return new ImportCounts(table.rows().size(), 0, scores.size(), unchanged, 0);
    }
}
