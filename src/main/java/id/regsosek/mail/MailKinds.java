package id.regsosek.mail;

import java.util.Map;

/** What each mail template is, in the words staff use (dashboard, Kotak keluar). */
public final class MailKinds {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("access-overdue", "Izin akses gedung melewati batas waktu"),
            Map.entry("assignment-area-list", "Daftar wilayah tugas petugas"),
            Map.entry("assignment-reassigned", "Perubahan wilayah tugas petugas"),
            Map.entry("forum-late", "Forum konsultasi desa melewati batas waktu"),
            Map.entry("recruitment-contract", "Kontrak dan akun petugas"),
            Map.entry("recruitment-ineligible", "Hasil seleksi: tidak lolos administrasi"),
            Map.entry("recruitment-not-selected", "Hasil seleksi: tidak terpilih"),
            Map.entry("recruitment-promoted", "Naik dari cadangan"),
            Map.entry("recruitment-reserve", "Hasil seleksi: cadangan"),
            Map.entry("recruitment-selected", "Hasil seleksi: terpilih"),
            Map.entry("signoff-admin", "SLS menunggu penerimaan admin kabupaten"),
            Map.entry("signoff-koseka", "SLS menunggu persetujuan Koseka"),
            Map.entry("training-invitation", "Undangan pelatihan petugas"),
            Map.entry("village-official-login", "Akun perangkat desa"),
            Map.entry("visit-closeout", "Penutupan SLS di akhir periode (ke PML)"));

    private MailKinds() {
    }

    public static String words(String template) {
        return WORDS.getOrDefault(template, template);
    }

    /** Each mail state in Indonesian. */
    public static String state(String state, int attempts, String lastError) {
        return switch (state) {
            case "SENT" -> "terkirim";
            case "FAILED" -> "gagal (berhenti dicoba)";
            default -> lastError == null ? "menunggu kirim" : "gagal, dicoba lagi (" + attempts + "x)";
        };
    }
}
