package id.regsosek.recruitment.training;

import id.regsosek.csv.CsvRecords;
import id.regsosek.csv.CsvRecords.CsvRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The instructor's record of a class, one line per trainee: {@code REGISTRATION;day 1;...;day N;pre-test;post-test}
 * with each day hadir or absen (also 1/0, ya/tidak) for the class's N days and scores 0-100. Every trainee of the
 * class exactly once; every problem is named with its line. Read with the one CSV grammar of the imports (RFC 4180
 * quotes, ';' or ','), so a quoted value never splits a line and a control character is refused, not matched.
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
        String body = text == null ? "" : text;
        CsvRecords records = CsvRecords.of(body, body.indexOf(';') >= 0 ? ';' : ',');
        for (CsvRecord r = records.next(); r != null; r = records.next()) {
            String where = "baris " + r.line() + ": ";
            String unreadable = unreadable(r);
            if (unreadable != null) {
                problems.add(where + unreadable);
                continue;
            }
            if (r.isBlank()) {
                continue;
            }
            String[] f = r.fields().stream().map(String::trim).toArray(String[]::new);
            List<Boolean> present = f.length == days + 3 ? days(f, days) : null;
            if (f.length != days + 3) {
                problems.add(where + "harus " + (days + 3) + " kolom untuk kelas " + days + " hari: nomor pendaftaran;"
                        + "hari 1;...;hari " + days + " (hadir/absen);pre-test;post-test, bukan " + f.length);
            } else if (!expected.contains(f[0])) {
                problems.add(where + shown(f[0]) + " bukan peserta kelas ini");
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

    /** A grammar fault or a control character, in Indonesian for the instructor; null when the line reads. */
    private static String unreadable(CsvRecord r) {
        for (CsvRecords.Fault fault : r.faults()) {
            return "kolom " + (fault.field() + 1) + ": " + switch (fault.kind()) {
                case UNBALANCED_QUOTE -> "tanda kutip (\") dibuka tetapi tidak pernah ditutup";
                case TEXT_AFTER_CLOSING_QUOTE -> "ada teks setelah tanda kutip penutup";
                case QUOTE_IN_UNQUOTED_VALUE -> "tanda kutip (\") di tengah nilai: hapus, atau apit nilainya dengan"
                        + " tanda kutip dan tulis kutipnya dua kali";
            };
        }
        for (int i = 0; i < r.fields().size(); i++) {
            String v = r.fields().get(i);
            for (int k = 0; k < v.length(); k++) {
                char c = v.charAt(k);
                if (c == '\n' || c == '\r') {
                    return "kolom " + (i + 1) + ": ganti baris di dalam tanda kutip; satu peserta satu baris";
                }
                if (c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F) {
                    return "kolom " + (i + 1) + ": karakter kendali " + String.format("U+%04X", (int) c)
                            + " tidak boleh ada";
                }
            }
        }
        return null;
    }

    private static String shown(String registration) {
        return registration.length() <= 40 ? registration : registration.substring(0, 40) + "...";
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
