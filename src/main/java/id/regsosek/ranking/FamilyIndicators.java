package id.regsosek.ranking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The proxy-means-test indicators of one family, from its housing, members and assets (codes as on the family
 * form). What each indicator means is documented beside its weight in config/ranking/pmt-weights.csv.
 */
final class FamilyIndicators {

    static final Set<String> NAMES = Set.of("floor_area_per_member", "floor_earth_or_bamboo", "wall_not_masonry",
            "roof_poor", "water_unprotected", "no_own_toilet", "electricity_none_or_450va", "cooking_fuel_poor",
            "house_owned", "members", "head_education", "head_not_working", "members_with_disability",
            "motorcycles", "cars", "fridge", "cattle", "goats", "poultry");

    /** The select whose columns {@link #of(ResultSet)} reads: one row per family with a complete interview. */
    static final String SELECT = "select f.id, h.floor_area, h.floor_material, h.wall_material, h.roof_material,"
            + " h.water_source, h.sanitation, h.electricity, h.cooking_fuel, h.tenure,"
            + " (select count(*) from family_member m where m.family_id = f.id),"
            + " (select max(m.education) from family_member m where m.family_id = f.id and m.relationship = 1),"
            + " (select max(m.work_status) from family_member m where m.family_id = f.id and m.relationship = 1),"
            + " (select count(*) from family_member m where m.family_id = f.id and m.disability = true),"
            + " (select sum(case when a.asset_code = 'MOTORCYCLE' then a.quantity else 0 end) from family_asset a"
            + " where a.family_id = f.id), (select sum(case when a.asset_code = 'CAR' then a.quantity else 0 end)"
            + " from family_asset a where a.family_id = f.id), (select sum(case when a.asset_code = 'FRIDGE' then"
            + " a.quantity else 0 end) from family_asset a where a.family_id = f.id), (select sum(case when"
            + " a.asset_code = 'COW' then a.quantity else 0 end) from family_asset a where a.family_id = f.id),"
            + " (select sum(case when a.asset_code = 'GOAT' then a.quantity else 0 end) from family_asset a where"
            + " a.family_id = f.id), (select sum(case when a.asset_code = 'POULTRY' then a.quantity else 0 end)"
            + " from family_asset a where a.family_id = f.id)"
            + " from family f join family_housing h on h.family_id = f.id where f.regency_code = ? and"
            + " f.result_code = 1";

    private FamilyIndicators() {
    }

    static Map<String, Double> of(ResultSet rs) throws SQLException {
        Map<String, Double> v = new LinkedHashMap<>();
        int members = Math.max(1, rs.getInt(11));
        v.put("floor_area_per_member", Math.min(50.0, rs.getDouble(2) / members));
        v.put("floor_earth_or_bamboo", flag(rs.getInt(3) == 7 || rs.getInt(3) == 8));
        v.put("wall_not_masonry", flag(rs.getInt(4) != 1));
        v.put("roof_poor", flag(rs.getInt(5) >= 6));
        int water = rs.getInt(6);
        v.put("water_unprotected", flag(water == 6 || water == 8 || water == 9 || water == 10));
        v.put("no_own_toilet", flag(rs.getInt(7) >= 3));
        int power = rs.getInt(8);
        v.put("electricity_none_or_450va", flag(power == 1 || power >= 4));
        int fuel = rs.getInt(9);
        v.put("cooking_fuel_poor", flag(fuel >= 5 && fuel <= 8));
        v.put("house_owned", flag(rs.getInt(10) == 1));
        v.put("members", (double) members);
        v.put("head_education", (double) rs.getInt(12));
        v.put("head_not_working", flag(rs.getInt(13) != 1));
        v.put("members_with_disability", (double) rs.getInt(14));
        v.put("motorcycles", Math.min(3.0, rs.getInt(15)));
        v.put("cars", Math.min(2.0, rs.getInt(16)));
        v.put("fridge", flag(rs.getInt(17) > 0));
        v.put("cattle", Math.min(5.0, rs.getInt(18)));
        v.put("goats", Math.min(10.0, rs.getInt(19)));
        v.put("poultry", Math.min(50.0, rs.getInt(20)));
        return v;
    }

    private static double flag(boolean b) {
        return b ? 1.0 : 0.0;
    }
}
