package id.regsosek.office;

/**
 * The small text fields of the office page's forms, checked before anything runs: refused with a message naming
 * the field (400), never passed on to a query or a log as they came.
 */
final class OfficeInput {

    private OfficeInput() {
    }

    static String campaign(String value, String regency) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("Kode kegiatan wajib diisi (mis. " + regency + "-2026).");
        }
        if (v.length() > 40 || !v.matches("[A-Za-z0-9._-]+") || !v.startsWith(regency + "-")) {
            throw new IllegalArgumentException("Kode kegiatan harus kode kabupaten/kota Anda, tanda hubung, lalu"
                    + " huruf, angka, '.', '_' atau '-', paling panjang 40 karakter (mis. " + regency + "-2026).");
        }
        return v;
    }

    /** @return the district, or null for "every district of the file" */
    static String district(String value) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("\\d{2}\\.\\d{2}\\.\\d{2}")) {
            throw new IllegalArgumentException("Kode kecamatan tidak dikenal: pilih kecamatan dari daftar.");
        }
        return v;
    }

    /** The uploaded file's name as recorded: no path, no control characters, at most 120 characters. */
    static String fileName(String original, String fallback) {
        if (original == null || original.isBlank()) {
            return fallback;
        }
        String name = original.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "_");
        return name.isBlank() ? fallback : name.length() > 120 ? name.substring(0, 120) : name;
    }
}
