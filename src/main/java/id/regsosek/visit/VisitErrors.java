package id.regsosek.visit;

import java.time.Instant;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 422 with every field's reason for invalid family data; unreadable JSON is 400; duplicates 409. */
@RestControllerAdvice(assignableTypes = VisitController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class VisitErrors {

    public record InvalidAnswer(int status, String error, String message, List<FieldProblem> fields, Instant at) {
    }

    @ExceptionHandler(InvalidFamilyDataException.class)
    ResponseEntity<InvalidAnswer> invalid(InvalidFamilyDataException e) {
        return ResponseEntity.unprocessableEntity().body(new InvalidAnswer(422, "invalid-data", e.getMessage(),
                e.problems(), Instant.now()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<InvalidAnswer> unreadable(HttpMessageNotReadableException e) {
        // The parser's message may quote the body (with a NIK in it): answer without it.
        return ResponseEntity.badRequest().body(new InvalidAnswer(400, "bad-request",
                "the request body is not valid JSON of the expected shape", List.of(), Instant.now()));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<InvalidAnswer> duplicate(DuplicateKeyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new InvalidAnswer(409, "conflict",
                "this family (family card number) is already on the SLS", List.of(), Instant.now()));
    }
}
