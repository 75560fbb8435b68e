package id.regsosek.simulate;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The answers a PPL keys for a complete interview, drawn from the family's own seed: a head with a NIK that fits
 * the head's birth date and sex and the district, sometimes a spouse and children, housing and assets varied
 * enough for the ranking to spread the families over ten deciles.
 */
final class FamilyAnswers {

    private FamilyAnswers() {
    }

    static Map<String, Object> of(long dataSeed, String districtCode, ZoneId zone) {
        SplittableRandom r = new SplittableRandom(dataSeed);
        LocalDate today = LocalDate.now(zone);
        List<Map<String, Object>> members = new ArrayList<>();
        LocalDate born = LocalDate.of(1955, 1, 1).plusDays(r.nextInt(40 * 365));
        boolean woman = r.nextInt(5) == 0;
        members.add(member("Kepala " + Math.abs(dataSeed % 100000), nik(districtCode, born, woman, r), 1,
                woman ? "P" : "L", Period.between(born, today).getYears(), r.nextInt(8), 1 + r.nextInt(5)));
        if (!woman && r.nextInt(4) > 0) {
            members.add(member("Istri", null, 2, "P", Math.max(17, Period.between(born, today).getYears()
                    - r.nextInt(6)), r.nextInt(8), 1 + r.nextInt(5)));
        }
        int children = r.nextInt(4);
        for (int c = 0; c < children; c++) {
            members.add(member("Anak " + (c + 1), null, 3, r.nextBoolean() ? "L" : "P", r.nextInt(17), r.nextInt(4),
                    5));
        }
        Map<String, Object> housing = new LinkedHashMap<>();
        housing.put("tenure", 1 + r.nextInt(2));
        housing.put("floorArea", 18 + r.nextInt(130));
        housing.put("floorMaterial", 1 + r.nextInt(2));
        housing.put("wallMaterial", 1 + r.nextInt(2));
        housing.put("roofMaterial", 1 + r.nextInt(2));
        housing.put("waterSource", 1 + r.nextInt(2));
        housing.put("sanitation", 1 + r.nextInt(2));
        housing.put("electricity", 1 + r.nextInt(2));
        housing.put("cookingFuel", 1 + r.nextInt(3));
        Map<String, Object> assets = new LinkedHashMap<>();
        assets.put("MOTORCYCLE", r.nextInt(3));
        if (r.nextInt(5) == 0) {
            assets.put("FRIDGE", 1);
        }
        if (r.nextInt(12) == 0) {
            assets.put("CAR", 1);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("members", members);
        data.put("housing", housing);
        data.put("assets", assets);
        data.put("assistance", r.nextInt(3) == 0 ? List.of("PKH") : List.of());
        return data;
    }

    private static Map<String, Object> member(String name, String nik, int relationship, String sex, int age,
                                              int education, int work) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        if (nik != null) {
            m.put("nik", nik);
        }
        m.put("relationship", relationship);
        m.put("sex", sex);
        m.put("age", age);
        m.put("education", education);
        m.put("workStatus", work);
        return m;
    }

    /** District digits, the birth date as DDMMYY (40 added to the day for a woman), a serial. */
    private static String nik(String districtCode, LocalDate born, boolean woman, SplittableRandom r) {
        return districtCode.replace(".", "") + String.format("%02d%02d%02d%04d", born.getDayOfMonth()
                + (woman ? 40 : 0), born.getMonthValue(), born.getYear() % 100, 1 + r.nextInt(9999));
    }
}
