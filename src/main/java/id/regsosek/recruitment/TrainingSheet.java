package id.regsosek.recruitment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The instructor's record of a class, one line per trainee: `REGISTRATION;ya|tidak;pre-test;post-test` (attended
 * every day, scores 0-100). Every trainee of the class exactly once; every problem is named with its line.
 */
record TrainingSheet(Map<String, Line> lines, List<String> problems) {

    record Line(boolean attendedAll, Integer preTest, Integer postTest) {
    }

    static TrainingSheet parse(String text, List<String> trainees) {
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
            if (f.length != 4) {
                problems.add(where + "harus 4 kolom (nomor pendaftaran;hadir ya/tidak;pre-test;post-test)");
            } else if (!expected.contains(f[0])) {
                problems.add(where + f[0] + " bukan peserta kelas ini");
            } else if (lines.containsKey(f[0])) {
                problems.add(where + f[0] + " tertulis dua kali");
            } else if (!f[1].equalsIgnoreCase("ya") && !f[1].equalsIgnoreCase("tidak")) {
                problems.add(where + "kehadiran harus ya atau tidak, bukan '" + f[1] + "'");
            } else if (score(f[2]) == null || score(f[3]) == null) {
                problems.add(where + "nilai harus 0-100");
            } else {
                lines.put(f[0], new Line(f[1].equalsIgnoreCase("ya"), score(f[2]), score(f[3])));
            }
        }
        trainees.stream().filter(t -> !lines.containsKey(t) && problems.stream().noneMatch(p -> p.contains(t)))
                .forEach(t -> problems.add("peserta " + t + " belum dicatat"));
        return new TrainingSheet(lines, problems);
    }

    private static Integer score(String s) {
        if (!s.matches("\\d{1,3}")) {
            return null;
        }
        int v = Integer.parseInt(s);
        return v <= 100 ? v : null;
    }
}
