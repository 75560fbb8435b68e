package id.regsosek.visit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The family data an office keys from a paper form in Tasklist (form visit-family): every member (fixed rows,
 * variables member1Name .. member20Work, birth dates included; a {@code members} list of rows is taken too, as the Java API or a JSON
 * variable), the housing block, the main assets and assistance. Read from the task's variables into
 * {@link FamilyData}; the variables are then removed so the process keeps ids and decisions only. Rows left empty
 * are ignored; problems name the form's row.
 */
final class FormFamilyData {

    /** What was keyed, and for each member the form row it came from (0-based). */
    record Keyed(FamilyData data, List<Integer> rows) {

        /** The validator's problems, with member indexes turned into the rows the office sees in the form. */
        List<FieldProblem> problems(FamilyDataValidator validator) {
            return validator.check(data).stream().map(p -> new FieldProblem(row(p.field()), p.reason())).toList();
        }

        private String row(String field) {
            if (!field.startsWith("members[")) {
                return field;
            }
            int close = field.indexOf(']');
            int row = rows.get(Integer.parseInt(field.substring("members[".length(), close)));
            return "members[" + row + "]" + field.substring(close + 1) + " (anggota ke-" + (row + 1) + ")";
        }
    }

    static final List<String> HOUSING = List.of("tenure", "floorArea", "floorMaterial", "wallMaterial",
            "roofMaterial", "waterSource", "sanitation", "electricity", "cookingFuel");
    static final Map<String, String> ASSETS = Map.of("assetMotorcycle", "MOTORCYCLE", "assetCar", "CAR",
            "assetFridge", "FRIDGE", "livestockCow", "COW", "livestockGoat", "GOAT", "livestockPoultry", "POULTRY");
    static final Map<String, String> PROGRAMMES = Map.of("assistPkh", "PKH", "assistBpnt", "BPNT",
            "assistPip", "PIP", "assistKis", "KIS_PBI");
    /** The head-only fields of the form before members were keyed (a form already open in a browser sends them). */
    static final List<String> HEAD = List.of("headName", VisitProcess.HEAD_NIK, "headSex", "headAge", "headEducation",
            "headWork", "headDisability");
    /** The keys of one row of the members list. */
    static final List<String> MEMBER_FIELDS = VisitProcess.MEMBER_FIELDS;

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormFamilyData() {
    }

    static List<String> variableNames() {
        List<String> names = new ArrayList<>(HEAD);
        names.add(VisitProcess.MEMBERS);
        for (int row = 1; row <= VisitProcess.MEMBER_ROWS; row++) {
            for (String field : MEMBER_FIELDS) {
                names.add(VisitProcess.memberField(row, field));
            }
        }
        names.addAll(HOUSING);
        names.addAll(ASSETS.keySet());
        names.addAll(PROGRAMMES.keySet());
        return names;
    }

    /** The keyed data, or empty when the form carried no member (a visit without an interview). */
    static Optional<Keyed> read(VariableScope scope) {
        VisitVariables v = new VisitVariables(scope);
        List<FamilyData.Member> members = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<Map<String, Object>> keyed = memberRows(scope.getVariable(VisitProcess.MEMBERS));
        if (keyed.isEmpty()) {
            keyed = fixedRows(scope);
        }
        for (int i = 0; i < keyed.size(); i++) {
            Map<String, Object> row = keyed.get(i);
            if (row != null && !blank(row)) {
                members.add(member(row, i));
                rows.add(i);
            }
        }
        if (members.isEmpty() && v.text("headName") != null) {
            members.add(new FamilyData.Member(v.text("headName"), v.text(VisitProcess.HEAD_NIK), 1, v.text("headSex"),
                    null, v.integer("headAge"), v.integer("headEducation"), v.integer("headWork"),
                    v.flag("headDisability")));
            rows.add(0);
        }
        if (members.isEmpty()) {
            return Optional.empty();
        }
        FamilyData.Housing housing = new FamilyData.Housing(v.integer("tenure"), v.integer("floorArea"),
                v.integer("floorMaterial"), v.integer("wallMaterial"), v.integer("roofMaterial"),
                v.integer("waterSource"), v.integer("sanitation"), v.integer("electricity"),
                v.integer("cookingFuel"));
        Map<String, Integer> assets = new LinkedHashMap<>();
        ASSETS.forEach((field, code) -> {
            Integer n = v.integer(field);
            if (n != null && n > 0) {
                assets.put(code, n);
            }
        });
        List<String> programmes = PROGRAMMES.entrySet().stream().filter(e -> v.flag(e.getKey()))
                .map(Map.Entry::getValue).sorted().toList();
        return Optional.of(new Keyed(new FamilyData(members, housing, assets, programmes), rows));
    }

    /** Tasklist sends the list as a JSON variable (a Spin value here), the Java API as a list of maps. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> memberRows(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return (List<Map<String, Object>>) list;
        }
        try {
            return JSON.readValue(value.toString(), new TypeReference<List<Map<String, Object>>>() { });
        } catch (JsonProcessingException e) {
            // Never the parser's message: it may quote the value, NIKs included.
            throw new IllegalArgumentException(VisitProcess.MEMBERS + " must be a list of members");
        }
    }

    /** The form's rows 1..MEMBER_ROWS as maps of the row's field names. */
    private static List<Map<String, Object>> fixedRows(VariableScope scope) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int row = 1; row <= VisitProcess.MEMBER_ROWS; row++) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (String field : MEMBER_FIELDS) {
                Object v = scope.getVariable(VisitProcess.memberField(row, field));
                if (v != null) {
                    values.put(field, v);
                }
            }
            rows.add(values);
        }
        return rows;
    }

    private static boolean blank(Map<String, Object> row) {
        return MEMBER_FIELDS.stream().map(row::get).allMatch(x -> x == null || x.toString().isBlank()
                || Boolean.FALSE.equals(x));
    }

    private static FamilyData.Member member(Map<String, Object> row, int index) {
        return new FamilyData.Member(text(row.get("name")), text(row.get("nik")),
                VisitVariables.number(row.get("relationship"), "relationship"), text(row.get("sex")),
                birthDate(row.get("birthDate"), index),
                VisitVariables.number(row.get("age"), "age"), VisitVariables.number(row.get("education"), "education"),
                VisitVariables.number(row.get("work"), "work"), Boolean.TRUE.equals(row.get("disability"))
                        || "true".equals(String.valueOf(row.get("disability"))));
    }

    private static String text(Object v) {
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }

    /** form-js sends a date field as 1980-05-12, the Java API may give a Date; anything else names the row. */
    private static LocalDate birthDate(Object v, int index) {
        if (v instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        String s = text(v);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw new InvalidFamilyDataException(List.of(new FieldProblem("members[" + index + "].birthDate (anggota"
                    + " ke-" + (index + 1) + ")", "tanggal lahir harus tanggal yang ada, mis. 1980-05-12")));
        }
    }
}
