package id.regsosek.imports;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file while its rows are checked; {@link #rejectIfAny()} ends the import. */
public class Problems {

    private final String file;
    private final List<ImportProblem> found = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    public void add(CsvRow row, String column, String reason) {
        found.add(new ImportProblem(file, row.line(), column, reason));
    }

    public void addFile(String reason) {
        found.add(ImportProblem.ofFile(file, reason));
    }

    public void addAll(List<ImportProblem> problems) {
        found.addAll(problems);
    }

    public String file() {
        return file;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<ImportProblem> list() {
        return found;
    }

    public void rejectIfAny() {
        if (!found.isEmpty()) {
            throw new ImportRejectedException(file, found);
        }
    }
}
