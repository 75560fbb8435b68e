package id.regsosek.imports;

/** What an accepted import did: rows read, and how many were new, changed, unchanged or for another regency. */
public record ImportCounts(int read, int inserted, int updated, int unchanged, int skipped) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0);

    public ImportCounts plus(ImportCounts o) {
        return new ImportCounts(read + o.read, inserted + o.inserted, updated + o.updated, unchanged + o.unchanged,
                skipped + o.skipped);
    }
}
