package id.regsosek.visit;

/** One invalid field of a submitted form: where (members[2].nik) and why. Never carries the value itself. */
public record FieldProblem(String field, String reason) {
}
