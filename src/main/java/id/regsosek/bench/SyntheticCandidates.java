package id.regsosek.bench;

import id.regsosek.recruitment.candidate.CandidateImporter;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A reproducible synthetic registration export for demos and tests (same seed, same file): valid NIKs that
 * match birth date and sex, residents of the given villages, mostly complete documents, some with earlier BPS
 * survey experience. No real person is in it.
 */
public final class SyntheticCandidates {

    private static final String[] FIRST = {"Ahmad", "Siti", "Budi", "Dewi", "Rizki", "Nur", "Agus", "Ratna", "Dedi",
        "Fitri", "Joko", "Wulan", "Hendra", "Lestari", "Yusuf", "Indah", "Eko", "Putri", "Bayu", "Rina"};
    private static final String[] LAST = {"Saputra", "Rahmawati", "Hidayat", "Lestari", "Pratama", "Wijaya",
        "Kurniawan", "Nugroho", "Susanti", "Hakim", "Permata", "Setiawan"};
    private static final String[] EDUCATION = {"SMA", "SMA", "SMK", "D3", "S1", "S1", "SMA", "SMP"};

    private SyntheticCandidates() {
    }

    /** @param prefix registration numbers are prefix-000001...; villages: residence village codes of district */
    public static String csv(String prefix, String district, List<String> villages, int count, long seed) {
        Random r = new Random(seed);
        StringBuilder s = new StringBuilder(String.join(",", CandidateImporter.COLUMNS)).append(",documents\n");
        String issuer = district.replace(".", "");
        java.util.Set<String> niks = new java.util.HashSet<>();
        for (int i = 1; i <= count; i++) {
            boolean female = r.nextBoolean();
            LocalDate birth = LocalDate.of(1970 + r.nextInt(35), 1 + r.nextInt(12), 1 + r.nextInt(28));
            int day = birth.getDayOfMonth() + (female ? 40 : 0);
            String datePart = String.format("%02d%02d%02d", day, birth.getMonthValue(), birth.getYear() % 100);
            int serial = 1;
            while (!niks.add(issuer + datePart + String.format("%04d", serial))) {
                serial++;
            }
            String nik = issuer + datePart + String.format("%04d", serial);
            String name = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
            String docs = r.nextInt(10) == 0 ? "RAGU" : "LENGKAP";
            boolean experienced = r.nextInt(4) == 0;
            s.append(String.format("%s-%06d,%s,%s,%s,%s,%s,08%010d,%s,%s,%s,%s,%s,%s%n", prefix, i, nik, name, birth,
                    female ? "P" : "L", EDUCATION[r.nextInt(EDUCATION.length)], r.nextInt(1_000_000_000),
                    (prefix + "." + i + "@contoh.id").toLowerCase(), district, villages.get(r.nextInt(villages.size())),
                    experienced ? "ya" : "tidak", experienced && r.nextBoolean() ? "PML" : "PPL", docs));
        }
        return s.toString();
    }
}
