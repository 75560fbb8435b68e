package id.regsosek.visit;

import id.regsosek.common.JsonDisplay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What the PML's check shows of a family's form, read from our tables into display variables (tables of the
 * form visit-check): members with the NIK masked, housing, assets, assistance, the attempt and check history.
 */
@Service
public class VisitFormViews {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] RESULTS = {"", "1 Lengkap", "2 Tidak lengkap", "3 Tidak ada responden",
        "4 Menolak", "5 Pindah / bangunan tidak ada"};

    private final JdbcTemplate jdbc;
    private final FamilyDataStore store;
    private final AttemptLog attempts;
    private final VisitSettings settings;

    public VisitFormViews(JdbcTemplate jdbc, FamilyDataStore store, AttemptLog attempts, VisitSettings settings) {
        this.jdbc = jdbc;
        this.store = store;
        this.attempts = attempts;
        this.settings = settings;
    }

    /** The check's display variables (names in {@link VisitProcess}), as JSON values. */
    public Map<String, Object> check(long familyId, Map<String, FormOptionLabels.Field> labels) {
        Map<String, Object> v = new HashMap<>();
        v.put(VisitProcess.FORM_FAMILY, JsonDisplay.of(jdbc.queryForMap("select head_name as \"head\","
                + " coalesce(address, '') as \"address\" from family where id = ?", familyId)));
        v.put(VisitProcess.FORM_MEMBERS, JsonDisplay.of(store.membersMasked(familyId).stream()
                .map(m -> member(m, labels)).toList()));
        v.put(VisitProcess.FORM_HOUSING, JsonDisplay.of(housing(familyId, labels)));
        Map<String, Integer> held = new HashMap<>();
        jdbc.query("select asset_code, quantity from family_asset where family_id = ?",
                rs -> { held.put(rs.getString(1), rs.getInt(2)); }, familyId);
        v.put(VisitProcess.FORM_ASSETS, JsonDisplay.of(FormFamilyData.ASSETS.entrySet().stream().sorted(
                Map.Entry.comparingByKey()).map(e -> row(labels.get(e.getKey()).label(),
                held.getOrDefault(e.getValue(), 0))).toList()));
        List<String> programmes = jdbc.queryForList("select programme from family_assistance where family_id = ?",
                String.class, familyId);
        v.put(VisitProcess.FORM_ASSISTANCE, JsonDisplay.of(FormFamilyData.PROGRAMMES.entrySet().stream().sorted(
                Map.Entry.comparingByKey()).map(e -> row(labels.get(e.getKey()).label(),
                programmes.contains(e.getValue()) ? "Ya" : "Tidak")).toList()));
        v.put(VisitProcess.FORM_ATTEMPTS, JsonDisplay.of(attempts.ofFamily(familyId).stream().map(a -> Map.of(
                "at", TIME.format(a.attemptedAt().atZone(settings.zone())), "result", RESULTS[a.resultCode()],
                "note", a.note() == null ? "" : a.note())).toList()));
        v.put(VisitProcess.FORM_CHECKS, JsonDisplay.of(jdbc.query("select checked_at, approved, reason from"
                + " family_check where family_id = ? order by checked_at, id", (rs, i) -> Map.of(
                "at", TIME.format(rs.getTimestamp(1).toInstant().atZone(settings.zone())),
                "decision", rs.getBoolean(2) ? "Disetujui" : "Dikembalikan",
                "reason", rs.getString(3) == null ? "" : rs.getString(3)), familyId)));
        return v;
    }

    private static Map<String, Object> member(Map<String, Object> m, Map<String, FormOptionLabels.Field> labels) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("no", m.get("lineNo"));
        row.put("name", m.get("name"));
        row.put("nik", m.get("nik") == null ? "" : m.get("nik"));
        row.put("relationship", labels.get("member1Relationship").option(m.get("relationship")));
        row.put("sex", labels.get("member1Sex").option(m.get("sex")));
        row.put("age", m.get("age"));
        row.put("education", labels.get("member1Education").option(m.get("education")));
        row.put("work", labels.get("member1Work").option(m.get("workStatus")));
        row.put("disability", Boolean.TRUE.equals(m.get("disability")) ? "Ya" : "Tidak");
        return row;
    }

    private List<Map<String, Object>> housing(long familyId, Map<String, FormOptionLabels.Field> labels) {
        List<Map<String, Object>> rows = new ArrayList<>();
        jdbc.query("select * from family_housing where family_id = ?", rs -> {
            for (String field : FormFamilyData.HOUSING) {
                Object value = rs.getObject(column(field));
                FormOptionLabels.Field f = labels.get(field);
                rows.add(row(f.label(), f.options().isEmpty() ? value : f.option(value)));
            }
        }, familyId);
        return rows;
    }

    /** floorArea -> floor_area. */
    static String column(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<String, Object> row(String item, Object value) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("item", item);
        row.put("value", value == null ? "" : value);
        return row;
    }
}
