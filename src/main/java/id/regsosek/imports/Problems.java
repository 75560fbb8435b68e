package id.regsosek.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one file while its rows are checked; {@link #rejectIfAny()} ends the import. A file of
 * a hundred thousand bad rows must not answer with megabytes: the first {@link #SHOWN} problems by line are kept
 * (memory stays bounded while checking) and the rest only counted.
 */
public class Problems {

    public static final int SHOWN = 1000;
    private static final Comparator<ImportProblem> BY_LINE = Comparator.comparingInt(ImportProblem::line);

    private final String file;
    private final List<ImportProblem> kept = new ArrayList<>();
    private int total;

    public Problems(String file) {
        this.file = file;
    }

    public void add(CsvRow row, String column, String reason) {
        add(row.line(), column, reason);
    }

    public void add(int line, String column, String reason) {
        total++;
        kept.add(new ImportProblem(file, line, column, reason));
        if (kept.size() >= 2 * SHOWN) {
            trim();
        }
    }

    public String file() {
        return file;
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** How many problems were found, shown or not. */
    public int count() {
        return total;
    }

    /** The first {@link #SHOWN} problems, by line (in the order found within a line). */
    public List<ImportProblem> list() {
        trim();
        return List.copyOf(kept);
    }

    /** A file over the import's own limit is refused before it is read, naming both sizes. */
    public void rejectIfLarger(byte[] content, int maxBytes) {
        if (content.length > maxBytes) {
            add(1, ImportProblem.field(0), "berkas terlalu besar: " + content.length + " byte, paling besar "
                    + maxBytes + " byte");
            rejectIfAny();
        }
    }

    public void rejectIfAny() {
        if (total > 0) {
            throw new ImportRejectedException(file, list(), total);
        }
    }

    private void trim() {
        kept.sort(BY_LINE);
        if (kept.size() > SHOWN) {
            kept.subList(SHOWN, kept.size()).clear();
        }
    }
}
