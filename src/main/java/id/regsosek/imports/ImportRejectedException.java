package id.regsosek.imports;

import java.util.List;

/** A file with any bad row is rejected whole; this carries every problem found so the sender can fix them at once. */
public class ImportRejectedException extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public ImportRejectedException(String fileName, List<ImportProblem> problems) {
        super(fileName + " rejected: " + problems.size() + " problem(s), nothing was imported");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
