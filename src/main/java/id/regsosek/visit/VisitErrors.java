package id.regsosek.visit;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The field API's errors, each naming its fields: 422 for invalid data (every field's reason), 400 for a body that
 * is not the expected JSON or a parameter out of range, 409 for a family already on the SLS.
 */
@RestControllerAdvice(assignableTypes = VisitController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class VisitErrors {

    /** The most problems one answer lists; a body with thousands of bad rows still gets a short answer. */
    static final int MAX_LISTED = 100;

    public record InvalidAnswer(int status, String error, String message, List<FieldProblem> fields, Instant at) {
    }

    @ExceptionHandler(InvalidFamilyDataException.class)
    ResponseEntity<InvalidAnswer> invalid(InvalidFamilyDataException e) {
        return answer(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-data", "data tidak valid (invalid data)",
                e.problems());
    }

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<InvalidAnswer> badParameter(BadParameterException e) {
        return answer(HttpStatus.BAD_REQUEST, "bad-request", "parameter tidak valid (bad parameter)", e.problems());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<InvalidAnswer> badParameterType(MethodArgumentTypeMismatchException e) {
        // The value is not echoed: it may be anything the caller sent.
        return answer(HttpStatus.BAD_REQUEST, "bad-request", "parameter tidak valid (bad parameter)",
                List.of(new FieldProblem(e.getName(), "bukan nilai yang diharapkan ("
                        + (e.getRequiredType() == null ? "?" : e.getRequiredType().getSimpleName()) + ")")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<InvalidAnswer> unreadable(HttpMessageNotReadableException e) {
        // The parser's message may quote the body (with a NIK in it): only the field's path is named.
        String field = e.getCause() instanceof JsonMappingException m ? path(m) : "";
        String reason = field.isEmpty() ? "isi permintaan bukan JSON yang valid (not valid JSON)"
                : "tipe nilai salah: bilangan bulat tidak boleh pecahan, teks/angka/tanggal sesuai API";
        return answer(HttpStatus.BAD_REQUEST, "bad-request",
                "the request body is not valid JSON of the expected shape", List.of(new FieldProblem(field, reason)));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<InvalidAnswer> duplicate(DuplicateKeyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new InvalidAnswer(409, "conflict",
                "this family (family card number) is already on the SLS", List.of(), Instant.now()));
    }

    /** members[2].age, from Jackson's path of the value it could not take. */
    static String path(JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                s.append(s.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    private static ResponseEntity<InvalidAnswer> answer(HttpStatus status, String error, String message,
                                                        List<FieldProblem> problems) {
        List<FieldProblem> listed = new ArrayList<>(problems.subList(0, Math.min(MAX_LISTED, problems.size())));
        if (problems.size() > MAX_LISTED) {
            listed.add(new FieldProblem("", "... dan " + (problems.size() - MAX_LISTED) + " masalah lain"));
        }
        return ResponseEntity.status(status).body(new InvalidAnswer(status.value(), error, message, listed,
                Instant.now()));
    }
}
