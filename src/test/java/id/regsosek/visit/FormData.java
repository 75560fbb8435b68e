package id.regsosek.visit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Family data of tests: the Tasklist form's variables, and the REST body. */
final class FormData {

    /** A man born 12-05-1980 in Bekasi district 01. */
    static final String HEAD_NIK = "3216011205800001";

    private FormData() {
    }

    /**
     * A local date-time as the form's datetime field sends it, {@code n} days before today (visits must lie in the
     * period and not in the future; the test profile's periods start 60 days back).
     */
    static String daysAgo(int n, String hhmm) {
        return LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).minusDays(n) + "T" + hhmm;
    }

    /** A local date-time {@code n} days ahead (an appointment). */
    static String daysAhead(int n, String hhmm) {
        return daysAgo(-n, hhmm);
    }

    static Map<String, Object> keyed(int resultCode) {
        Map<String, Object> v = new HashMap<>();
        v.put(VisitProcess.RESULT_CODE, String.valueOf(resultCode));
        v.put(VisitProcess.PRELIST_STATUS, "FOUND");
        // The form's dynamic list: the head, and a row left empty (ignored).
        Map<String, Object> head = new HashMap<>(Map.of("name", "Budi Santoso", "nik", HEAD_NIK, "relationship", "1",
                "sex", "L", "age", (long) headAge(), "education", "3", "work", "1", "disability", false));
        v.put(VisitProcess.MEMBERS, new java.util.ArrayList<>(List.of(head, Map.of("name", "", "nik", ""))));
        v.put("tenure", "1");
        v.put("floorArea", 36L);
        for (String f : List.of("floorMaterial", "wallMaterial", "roofMaterial", "waterSource", "sanitation",
                "electricity", "cookingFuel")) {
            v.put(f, "2");
        }
        v.put("assetMotorcycle", 1L);
        v.put("livestockGoat", 3L);
        v.put("assistPkh", true);
        return v;
    }

    /** The same answers as the older form sent them: head only, in head fields. */
    static Map<String, Object> keyedHeadOnly(int resultCode) {
        Map<String, Object> v = keyed(resultCode);
        v.remove(VisitProcess.MEMBERS);
        v.put("headName", "Budi Santoso");
        v.put("headNik", HEAD_NIK);
        v.put("headSex", "L");
        v.put("headAge", (long) headAge());
        v.put("headEducation", "3");
        v.put("headWork", "1");
        return v;
    }

    /** The age today of the head born 12-05-1980. */
    static int headAge() {
        LocalDate now = LocalDate.now();
        return now.getYear() - 1980 - (now.isBefore(LocalDate.of(now.getYear(), 5, 12)) ? 1 : 0);
    }

    static Map<String, Object> visit(int resultCode) {
        Map<String, Object> v = new HashMap<>();
        v.put(VisitProcess.RESULT_CODE, String.valueOf(resultCode));
        return v;
    }

    static Map<String, Object> visitAt(int resultCode, String isoLocal) {
        Map<String, Object> v = visit(resultCode);
        v.put(VisitProcess.VISITED_AT, isoLocal);
        return v;
    }
}
