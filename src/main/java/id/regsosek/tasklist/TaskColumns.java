package id.regsosek.tasklist;

/**
 * Task-local variables the naming listener sets on every task for Tasklist's columns. No form declares them, so a
 * person cannot send them back (the guard refuses undeclared fields) and no delegate reads them: display only.
 */
public final class TaskColumns {

    public static final String HEAD = id.regsosek.visit.VisitProcess.HEAD_COLUMN;
    public static final String BUILDING = "noBangunan";
    public static final String SLS = "kodeSls";
    public static final String SLS_NAME = "namaSls";
    public static final String VILLAGE = "desa";
    public static final String ATTEMPT = "kunjunganKe";
    public static final String CANDIDATE = "namaCalon";
    public static final String REGISTRATION = "noPendaftaran";
    public static final String DISTRICT = "kodeKecamatan";
    public static final String DISTRICT_NAME = "namaKecamatan";
    public static final String CLASS = "kelas";
    public static final String CAMPAIGN = "kegiatan";

    private static final java.util.Map<String, String> LABELS = java.util.Map.ofEntries(
            java.util.Map.entry(HEAD, "Kepala keluarga"), java.util.Map.entry(BUILDING, "No. bangunan / alamat"),
            java.util.Map.entry(SLS, "Kode SLS"), java.util.Map.entry(SLS_NAME, "Nama SLS"),
            java.util.Map.entry(VILLAGE, "Desa/kelurahan"), java.util.Map.entry(ATTEMPT, "Kunjungan ke"),
            java.util.Map.entry(CANDIDATE, "Nama calon"), java.util.Map.entry(REGISTRATION, "No. pendaftaran"),
            java.util.Map.entry(DISTRICT, "Kode kecamatan"), java.util.Map.entry(DISTRICT_NAME, "Kecamatan"),
            java.util.Map.entry(CLASS, "Kelas"), java.util.Map.entry(CAMPAIGN, "Kegiatan"));

    /** The column header Tasklist shows for the variable. */
    public static String label(String column) {
        return LABELS.getOrDefault(column, column);
    }

    private TaskColumns() {
    }
}
