package id.regsosek.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Camunda group ids every BPMN candidateGroups uses, with the names staff know them by. */
public final class Groups {

    public static final String RECRUITMENT_STAFF = "recruitment-staff";
    public static final String PPL = "ppl";
    public static final String PML = "pml";
    public static final String KOSEKA = "koseka";
    public static final String REGENCY_ADMIN = "regency-admin";
    public static final String MANAGER = "manager";
    public static final String INSTRUCTOR = "instructor";
    /** A village's official (kepala desa / perangkat desa): holds the village's consultation forum, own village only. */
    public static final String VILLAGE_OFFICIAL = "village-official";

    /** Group id -> display name, in the order the README lists them. */
    public static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(RECRUITMENT_STAFF, "Panitia seleksi (recruitment staff)");
        NAMES.put(PPL, "PPL - Petugas Pendataan Lapangan (enumerator)");
        NAMES.put(PML, "PML - Petugas Pemeriksa Lapangan (supervisor)");
        NAMES.put(KOSEKA, "Koseka - Koordinator Statistik Kecamatan");
        NAMES.put(REGENCY_ADMIN, "Admin BPS Kabupaten/Kota (regency admin)");
        NAMES.put(MANAGER, "Manajer operasi (manager, read-only)");
        NAMES.put(INSTRUCTOR, "Instruktur pelatihan (training instructor)");
        NAMES.put(VILLAGE_OFFICIAL, "Perangkat desa (village official: forum konsultasi desa)");
    }

    private Groups() {
    }
}
