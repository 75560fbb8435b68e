package id.regsosek.startform;

/** One choice of a start form's select, as form-js expects it. */
public record StartFormOption(String label, String value) {
}
