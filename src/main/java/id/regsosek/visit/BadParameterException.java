package id.regsosek.visit;

import java.util.List;
import java.util.stream.Collectors;

/** A query parameter out of its range (page, size, days, from): answered 400 naming each parameter. */
public class BadParameterException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public BadParameterException(String field, String reason) {
        this(List.of(new FieldProblem(field, reason)));
    }

    public BadParameterException(List<FieldProblem> problems) {
        super("parameter tidak valid (bad parameter): " + problems.stream().map(p -> p.field() + " " + p.reason())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
