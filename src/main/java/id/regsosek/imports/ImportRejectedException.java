package id.regsosek.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * A file with any bad row is rejected whole; this carries the problems found (the first {@link Problems#SHOWN})
 * and how many there were, so the sender can fix them at once.
 */
public class ImportRejectedException extends RuntimeException {

    private final transient List<ImportProblem> problems;
    private final int total;

    public ImportRejectedException(String fileName, List<ImportProblem> problems, int total) {
        super(fileName + " rejected: " + total + " problem(s), nothing was imported");
        this.problems = List.copyOf(problems.size() > Problems.SHOWN ? problems.subList(0, Problems.SHOWN)
                : problems);
        this.total = total;
    }

    /** Several files checked together (the area frame): their problems file after file, capped as one. */
    public static ImportRejectedException of(String name, List<Problems> files) {
        List<ImportProblem> all = new ArrayList<>();
        int total = 0;
        for (Problems p : files) {
            all.addAll(p.list());
            total += p.count();
        }
        return new ImportRejectedException(name, all, total);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    public int total() {
        return total;
    }
}
