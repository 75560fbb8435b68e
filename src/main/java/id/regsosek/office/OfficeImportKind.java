package id.regsosek.office;

import id.regsosek.identity.Groups;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The uploads of the office page: who may do each and what it needs besides the file. */
public enum OfficeImportKind {

    CANDIDATES("pendaftar", "Daftar pendaftar", true, Groups.RECRUITMENT_STAFF, Groups.REGENCY_ADMIN),
    TEST_SCORES("nilai-tes", "Nilai tes", true, Groups.RECRUITMENT_STAFF, Groups.REGENCY_ADMIN),
    PRELIST("prelist", "Prelist keluarga (VK)", false, Groups.REGENCY_ADMIN),
    CORRECTIONS("koreksi-forum", "Koreksi forum konsultasi", false, Groups.REGENCY_ADMIN),
    OFFICIALS("perangkat-desa", "Perangkat desa", false, Groups.REGENCY_ADMIN),
    VILLAGE_CORRECTIONS("koreksi-desa", "Koreksi forum desa", true, Groups.VILLAGE_OFFICIAL);

    private final String path;
    private final String title;
    private final boolean needsCampaign;
    private final List<String> groups;

    OfficeImportKind(String path, String title, boolean needsCampaign, String... groups) {
        this.path = path;
        this.title = title;
        this.needsCampaign = needsCampaign;
        this.groups = List.of(groups);
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    public boolean needsCampaign() {
        return needsCampaign;
    }

    public String[] groups() {
        return groups.toArray(String[]::new);
    }

    public static Optional<OfficeImportKind> byPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
