package id.regsosek.visit;

import id.regsosek.common.Nik;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes a family's validated answers into our tables (replacing earlier answers), in the caller's transaction. */
@Repository
public class FamilyDataStore {

    private final JdbcTemplate jdbc;
    private final FamilyDataValidator validator;

    public FamilyDataStore(JdbcTemplate jdbc, FamilyDataValidator validator) {
        this.jdbc = jdbc;
        this.validator = validator;
    }

    /** Validates and stores, or throws {@link InvalidFamilyDataException} naming every bad field. */
    public void save(long familyId, FamilyData data) {
        List<FieldProblem> problems = validator.check(data);
        if (!problems.isEmpty()) {
            throw new InvalidFamilyDataException(problems);
        }
        for (String table : List.of("family_member", "family_housing", "family_asset", "family_assistance")) {
            jdbc.update("delete from " + table + " where family_id = ?", familyId);
        }
        List<Object[]> members = new ArrayList<>();
        for (int i = 0; i < data.members().size(); i++) {
            FamilyData.Member m = data.members().get(i);
            members.add(new Object[] {familyId, i + 1, m.name().trim(), blankToNull(m.nik()), m.relationship(),
                    m.sex(), m.birthDate() == null ? null : Date.valueOf(m.birthDate()), m.age(), m.education(),
                    m.workStatus(), Boolean.TRUE.equals(m.disability())});
        }
        jdbc.batchUpdate("insert into family_member (family_id, line_no, name, nik, relationship, sex, birth_date,"
                + " age, education, work_status, disability) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", members);
        FamilyData.Housing h = data.housing();
        jdbc.update("insert into family_housing (family_id, tenure, floor_area, floor_material, wall_material,"
                        + " roof_material, water_source, sanitation, electricity, cooking_fuel, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", familyId, h.tenure(), h.floorArea(),
                h.floorMaterial(), h.wallMaterial(), h.roofMaterial(), h.waterSource(), h.sanitation(),
                h.electricity(), h.cookingFuel(), Timestamp.from(Instant.now()));
        List<Object[]> assets = new ArrayList<>();
        for (Map.Entry<String, Integer> a : (data.assets() == null ? Map.<String, Integer>of() : data.assets())
                .entrySet()) {
            assets.add(new Object[] {familyId, a.getKey(), a.getValue()});
        }
        jdbc.batchUpdate("insert into family_asset (family_id, asset_code, quantity) values (?, ?, ?)", assets);
        List<Object[]> programmes = (data.assistance() == null ? List.<String>of() : data.assistance()).stream()
                .distinct().map(p -> new Object[] {familyId, p}).toList();
        jdbc.batchUpdate("insert into family_assistance (family_id, programme) values (?, ?)", programmes);
        jdbc.update("update family set member_count = ? where id = ?", data.members().size(), familyId);
    }

    /** True when the family has a head recorded: a complete result (1) needs its data first. */
    public boolean hasHead(long familyId) {
        Integer n = jdbc.queryForObject("select count(*) from family_member where family_id = ? and relationship = 1",
                Integer.class, familyId);
        return n != null && n > 0;
    }

    /** Members with the NIK masked, for showing on a screen or in the API. */
    public List<Map<String, Object>> membersMasked(long familyId) {
        return jdbc.query("select line_no, name, nik, relationship, sex, age, education, work_status, disability"
                + " from family_member where family_id = ? order by line_no", (rs, i) -> {
                    Map<String, Object> m = new java.util.LinkedHashMap<>();
                    m.put("lineNo", rs.getInt(1));
                    m.put("name", rs.getString(2));
                    m.put("nik", Nik.mask(rs.getString(3)));
                    m.put("relationship", rs.getInt(4));
                    m.put("sex", rs.getString(5));
                    m.put("age", rs.getInt(6));
                    m.put("education", rs.getInt(7));
                    m.put("workStatus", rs.getInt(8));
                    m.put("disability", rs.getBoolean(9));
                    return m;
                }, familyId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
