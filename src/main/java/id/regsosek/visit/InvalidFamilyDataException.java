package id.regsosek.visit;

import java.util.List;
import java.util.stream.Collectors;

/** Input (family data, a report, a decision) that failed validation; answered 422 with every field's reason. */
public class InvalidFamilyDataException extends IllegalArgumentException {

    private final transient List<FieldProblem> problems;

    public InvalidFamilyDataException(List<FieldProblem> problems) {
        super("data tidak valid (invalid): " + problems.stream().map(p -> p.field() + " " + p.reason())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
