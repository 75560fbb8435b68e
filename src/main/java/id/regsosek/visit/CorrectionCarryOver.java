package id.regsosek.visit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a family's stored answers hold that the Tasklist correction form has no field for: members past the form's
 * rows (when regsosek.visit.max-members allows more) and the assets and programmes the form does not list (the
 * field app keys them all). A correction replaces what the form shows and keeps these as they are.
 */
@Component
class CorrectionCarryOver {

    private final JdbcTemplate jdbc;

    CorrectionCarryOver(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    FamilyData onto(long familyId, FamilyData keyed) {
        List<FamilyData.Member> members = new ArrayList<>(keyed.members());
        members.addAll(jdbc.query("select name, nik, relationship, sex, birth_date, age, education, work_status,"
                + " disability from family_member where family_id = ? and line_no > ? order by line_no", (rs, i) ->
                new FamilyData.Member(rs.getString(1), rs.getString(2), rs.getObject(3, Integer.class),
                        rs.getString(4), rs.getObject(5, java.time.LocalDate.class), rs.getObject(6, Integer.class),
                        rs.getObject(7, Integer.class), rs.getObject(8, Integer.class), rs.getBoolean(9)),
                familyId, VisitProcess.MEMBER_ROWS));
        Map<String, Integer> assets = new LinkedHashMap<>(keyed.assets());
        jdbc.query("select asset_code, quantity from family_asset where family_id = ?", rs -> {
            if (!FormFamilyData.ASSETS.containsValue(rs.getString(1))) {
                assets.put(rs.getString(1), rs.getInt(2));
            }
        }, familyId);
        List<String> programmes = new ArrayList<>(keyed.assistance());
        jdbc.queryForList("select programme from family_assistance where family_id = ? order by programme",
                String.class, familyId).stream().filter(p -> !FormFamilyData.PROGRAMMES.containsValue(p))
                .forEach(programmes::add);
        return new FamilyData(members, keyed.housing(), assets, programmes);
    }
}
