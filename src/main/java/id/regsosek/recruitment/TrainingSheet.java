package id.regsosek.recruitment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The instructor's record of a class, one line per trainee: {@code REGISTRATION;day 1;...;day N;pre-test;post-test}
 * with each day hadir or absen (also 1/0, ya/tidak) for the class's N days and scores 0-100. Every trainee of the
 * class exactly once; every problem is named with its line.
 */
record TrainingSheet(Map<String, Line> lines, List<String> problems) {

    record Line(List<Boolean> present, Integer preTest, Integer postTest) {

        int absentDays() {
            return (int) present.stream().filter(p -> !p).count();
        }

        boolean attendedAll() {
            return absentDays() == 0;
        }
    }

    static TrainingSheet parse(String text, List<String> trainees, int days) {
        Map<String, Line> lines = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Set<String> expected = Set.copyOf(trainees);
        String[] rows = text == null ? new String[0] : text.split("\\r?\\n");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].trim();
            if (row.isEmpty()) {
                continue;
            }
            String[] f = row.split("\\s*[;,]\\s*");
            String where = "baris " + (i + 1) + ": ";
            List<Boolean> present = f.length == days + 3 ? days(f, days) : null;
            if (f.length != days + 3) {
                problems.add(where + "harus " + (days + 3) + " kolom untuk kelas " + days + " hari: nomor pendaftaran;"
                        + "hari 1;...;hari " + days + " (hadir/absen);pre-test;post-test, bukan " + f.length);
            } else if (!expected.contains(f[0])) {
                problems.add(where + f[0] + " bukan peserta kelas ini");
            } else if (lines.containsKey(f[0])) {
                problems.add(where + f[0] + " tertulis dua kali");
            } else if (present == null) {
                problems.add(where + "kehadiran tiap hari harus hadir atau absen");
            } else if (score(f[days + 1]) == null || score(f[days + 2]) == null) {
                problems.add(where + "nilai harus 0-100");
            } else {
                lines.put(f[0], new Line(present, score(f[days + 1]), score(f[days + 2])));
            }
        }
        trainees.stream().filter(t -> !lines.containsKey(t) && problems.stream().noneMatch(p -> p.contains(t)))
                .forEach(t -> problems.add("peserta " + t + " belum dicatat"));
        return new TrainingSheet(lines, problems);
    }

    private static List<Boolean> days(String[] f, int days) {
        List<Boolean> present = new ArrayList<>();
        for (int d = 1; d <= days; d++) {
            String v = f[d].toLowerCase();
            if (v.equals("hadir") || v.equals("1") || v.equals("ya")) {
                present.add(true);
            } else if (v.equals("absen") || v.equals("0") || v.equals("tidak")) {
                present.add(false);
            } else {
                return null;
            }
        }
        return present;
    }

    private static Integer score(String s) {
        if (!s.matches("\\d{1,3}")) {
            return null;
        }
        int v = Integer.parseInt(s);
        return v <= 100 ? v : null;
    }
}
