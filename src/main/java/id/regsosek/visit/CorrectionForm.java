package id.regsosek.visit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The PPL's correction ("Perbaiki formulir") is the family form again, filled with the stored answers. Every field
 * of the form is set on the task itself (empty ones as null), so what the PPL sends stays on the task and never
 * reaches the process; on completion the answers go through the first submission's validation into our tables. The
 * form carries every member (birth dates included) up to {@link VisitProcess#MEMBER_ROWS}; what it has no field
 * for is kept ({@link CorrectionCarryOver}).
 */
@Service
public class CorrectionForm {

    private final JdbcTemplate jdbc;
    private final FamilyDataStore store;
    private final FamilyDataValidator validator;
    private final CorrectionCarryOver carryOver;

    /** Task-local: the digest of the form as it was filled when the correction task was created. */
    static final String BASIS = "correctionBasis";

    public CorrectionForm(JdbcTemplate jdbc, FamilyDataStore store, FamilyDataValidator validator,
                          CorrectionCarryOver carryOver) {
        this.jdbc = jdbc;
        this.store = store;
        this.validator = validator;
        this.carryOver = carryOver;
    }

    /**
     * The correction task's variables: the form filled with the current answers, and a digest of them
     * ({@link #BASIS}) that tells at completion whether the PPL changed anything in the form.
     */
    public Map<String, Object> open(long familyId) {
        Map<String, Object> v = prefill(familyId);
        String basis = digest(v);
        v.put(BASIS, basis);
        return v;
    }

    /** The form's variables with the current answers (the PPL's own data: the NIK as keyed). */
    public Map<String, Object> prefill(long familyId) {
        Map<String, Object> v = new HashMap<>();
        FormFamilyData.variableNames().stream().filter(n -> !FormFamilyData.HEAD.contains(n)
                && !VisitProcess.MEMBERS.equals(n)).forEach(n -> v.put(n, null));
        jdbc.query("select line_no, name, nik, relationship, sex, age, education, work_status, disability,"
                + " birth_date from family_member where family_id = ? and line_no <= ? order by line_no", rs -> {
                    int row = rs.getInt(1);
                    v.put(VisitProcess.memberField(row, "name"), rs.getString(2));
                    v.put(VisitProcess.memberField(row, "nik"), rs.getString(3));
                    v.put(VisitProcess.memberField(row, "relationship"), text(rs.getObject(4)));
                    v.put(VisitProcess.memberField(row, "sex"), rs.getString(5));
                    v.put(VisitProcess.memberField(row, "age"), number(rs.getObject(6)));
                    v.put(VisitProcess.memberField(row, "education"), text(rs.getObject(7)));
                    v.put(VisitProcess.memberField(row, "work"), text(rs.getObject(8)));
                    v.put(VisitProcess.memberField(row, "disability"), rs.getBoolean(9));
                    // As form-js's date field gives and takes it (1980-05-12).
                    v.put(VisitProcess.memberField(row, "birthDate"), text(rs.getObject(10, LocalDate.class)));
                }, familyId, VisitProcess.MEMBER_ROWS);
        jdbc.query("select * from family_housing where family_id = ?", rs -> {
            for (String field : FormFamilyData.HOUSING) {
                Object value = rs.getObject(VisitFormViews.column(field));
                v.put(field, "floorArea".equals(field) ? number(value) : text(value));
            }
        }, familyId);
        Map<String, String> assetFields = new HashMap<>();
        FormFamilyData.ASSETS.forEach((field, code) -> assetFields.put(code, field));
        jdbc.query("select asset_code, quantity from family_asset where family_id = ?", rs -> {
            String field = assetFields.get(rs.getString(1));
            if (field != null) {
                v.put(field, (long) rs.getInt(2));
            }
        }, familyId);
        List<String> programmes = jdbc.queryForList("select programme from family_assistance where family_id = ?",
                String.class, familyId);
        FormFamilyData.PROGRAMMES.forEach((field, code) -> v.put(field, programmes.contains(code)));
        return v;
    }

    /** The corrected answers, validated as at the first submission (problems name the form's rows), stored. */
    public void store(long familyId, DelegateTask task) {
        // Tasklist's submit-form updates the task's own variables; a plain complete (Java API, REST /complete)
        // writes onto the process instead: those are taken onto the task and removed from the process.
        VariableScope process = task.getExecution();
        for (String name : FormFamilyData.variableNames()) {
            if (process.hasVariable(name)) {
                task.setVariableLocal(name, process.getVariableTyped(name));
                process.removeVariable(name);
            }
        }
        // Sent back as filled (the field app's "corrected", or nothing changed in Tasklist): the stored answers
        // stay as they are, with whatever the field app sent meanwhile. A task opened before the digest existed
        // is compared with the stored answers instead.
        Map<String, Object> stored = prefill(familyId);
        Object basis = task.getVariableLocal(BASIS);
        Map<String, Object> sent = new HashMap<>();
        stored.keySet().forEach(n -> sent.put(n, task.getVariableLocal(n)));
        if (basis != null ? basis.equals(digest(sent))
                : stored.keySet().stream().allMatch(n -> same(stored.get(n), sent.get(n)))) {
            return;
        }
        FormFamilyData.Keyed keyed = FormFamilyData.read(task).orElseThrow(() -> new InvalidFamilyDataException(
                List.of(new FieldProblem("members", "isi paling sedikit kepala keluarga (anggota ke-1)"))));
        List<FieldProblem> problems = keyed.problems(validator);
        if (!problems.isEmpty()) {
            throw new InvalidFamilyDataException(problems);
        }
        store.save(familyId, carryOver.onto(familyId, keyed.data()));
    }

    /** The form's values in order of their names, normalised as {@link #same} compares them, hashed. */
    static String digest(Map<String, Object> form) {
        StringBuilder all = new StringBuilder();
        new java.util.TreeMap<>(form).forEach((name, value) -> {
            if (!BASIS.equals(name)) {
                all.append(name).append('=').append(normal(value).replace("\\", "\\\\").replace("\n", "\\n"))
                        .append('\n');
            }
        });
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean same(Object a, Object b) {
        return normal(a).equals(normal(b));
    }

    /** Empty, null and "no" alike; numbers by value. */
    private static String normal(Object v) {
        if (v == null || Boolean.FALSE.equals(v) || "false".equals(v)) {
            return "";
        }
        if (v instanceof Number n) {
            return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : n.toString();
        }
        return v.toString().trim();
    }

    private static String text(Object v) {
        return v == null ? null : v.toString();
    }

    private static Long number(Object v) {
        return v == null ? null : ((Number) v).longValue();
    }
}
