package id.regsosek.simulate;

import id.regsosek.recruitment.candidate.CandidateImporter;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A district's registrations as the online form exports them, drawn from the seed and each registration number:
 * NIKs that fit birth date, sex and district; mostly complete documents, one in ten doubtful (a document check
 * in Tasklist); about one in twenty without the schooling asked (refused by the eligibility table); two in five
 * with earlier BPS survey work (the PML candidates). Twice the district's quota plus four register, so the
 * reserve can replace a trainee who misses a day.
 */
final class SimCandidates {

    private static final String[] EDUCATION = {"SMA", "SMK", "D3", "S1", "SMA", "S1"};

    private SimCandidates() {
    }

    /** Registration number of the district's n-th candidate (the key of everything drawn for it). */
    static String registration(String district, int n) {
        return "SIM-" + district.replace(".", "") + "-" + String.format("%04d", n);
    }

    static int count(int pplQuota, int pmlQuota) {
        return 2 * (pplQuota + pmlQuota) + 4;
    }

    static SplittableRandom draw(long seed, String registration) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + registration.hashCode());
    }

    static String csv(long seed, String district, List<String> villages, int count, LocalDate today) {
        StringBuilder s = new StringBuilder(String.join(",", CandidateImporter.COLUMNS)).append(",documents\n");
        String issuer = district.replace(".", "");
        for (int n = 1; n <= count; n++) {
            String reg = registration(district, n);
            SplittableRandom r = draw(seed, reg);
            boolean woman = r.nextBoolean();
            LocalDate born = today.minusYears(20 + r.nextInt(30)).minusDays(r.nextInt(360));
            String nik = issuer + String.format("%02d%02d%02d", born.getDayOfMonth() + (woman ? 40 : 0),
                    born.getMonthValue(), born.getYear() % 100) + String.format("%04d", n);
            String education = r.nextInt(20) == 0 ? "SMP" : EDUCATION[r.nextInt(EDUCATION.length)];
            boolean experienced = r.nextInt(5) < 2;
            String documents = r.nextInt(10) == 0 ? "RAGU" : "LENGKAP";
            s.append(String.join(",", reg, nik, "Calon " + issuer + " " + n, born.toString(), woman ? "P" : "L",
                    education, String.format("08%010d", r.nextLong(10_000_000_000L)),
                    reg.toLowerCase() + "@simulasi.example", district, villages.get(r.nextInt(villages.size())),
                    experienced ? "ya" : "tidak", experienced ? "PML" : "PPL", documents)).append('\n');
        }
        return s.toString();
    }
}
