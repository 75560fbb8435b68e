package id.regsosek.visit;

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
 * reaches the process; on completion the answers go through the first submission's validation into our tables.
 */
@Service
public class CorrectionForm {

    private final JdbcTemplate jdbc;
    private final FamilyDataStore store;
    private final FamilyDataValidator validator;

    public CorrectionForm(JdbcTemplate jdbc, FamilyDataStore store, FamilyDataValidator validator) {
        this.jdbc = jdbc;
        this.store = store;
        this.validator = validator;
    }

    /** The form's variables with the current answers (the PPL's own data: the NIK as keyed). */
    public Map<String, Object> prefill(long familyId) {
        Map<String, Object> v = new HashMap<>();
        FormFamilyData.variableNames().stream().filter(n -> !FormFamilyData.HEAD.contains(n)
                && !VisitProcess.MEMBERS.equals(n)).forEach(n -> v.put(n, null));
        jdbc.query("select line_no, name, nik, relationship, sex, age, education, work_status, disability"
                + " from family_member where family_id = ? and line_no <= ? order by line_no", rs -> {
                    int row = rs.getInt(1);
                    v.put(VisitProcess.memberField(row, "name"), rs.getString(2));
                    v.put(VisitProcess.memberField(row, "nik"), rs.getString(3));
                    v.put(VisitProcess.memberField(row, "relationship"), text(rs.getObject(4)));
                    v.put(VisitProcess.memberField(row, "sex"), rs.getString(5));
                    v.put(VisitProcess.memberField(row, "age"), number(rs.getObject(6)));
                    v.put(VisitProcess.memberField(row, "education"), text(rs.getObject(7)));
                    v.put(VisitProcess.memberField(row, "work"), text(rs.getObject(8)));
                    v.put(VisitProcess.memberField(row, "disability"), rs.getBoolean(9));
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
        // stay as they are, with what the form does not carry (birth dates, members past the tenth).
        Map<String, Object> stored = prefill(familyId);
        if (stored.keySet().stream().allMatch(n -> same(stored.get(n), task.getVariableLocal(n)))) {
            return;
        }
        FormFamilyData.Keyed keyed = FormFamilyData.read(task).orElseThrow(() -> new InvalidFamilyDataException(
                List.of(new FieldProblem("members", "isi paling sedikit kepala keluarga (anggota ke-1)"))));
        List<FieldProblem> problems = keyed.problems(validator);
        if (!problems.isEmpty()) {
            throw new InvalidFamilyDataException(problems);
        }
        store.save(familyId, keyed.data());
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
