package id.regsosek.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Turns our exceptions into clear JSON answers for the API (a field app or a curl user reads the message). */
@RestControllerAdvice(basePackages = "id.regsosek")
public class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> forbidden(AccessDeniedException e) {
        return answer(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
    }

    /** The engine's own refusal (its authorization check or our trust-boundary guard inside it). */
    @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
    ResponseEntity<ApiError> engineForbidden(org.camunda.bpm.engine.AuthorizationException e) {
        return answer(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler({IllegalArgumentException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<ApiError> badRequest(Exception e) {
        return answer(HttpStatus.BAD_REQUEST, "bad-request", e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ApiError> conflict(IllegalStateException e) {
        return answer(HttpStatus.CONFLICT, "conflict", e.getMessage());
    }

    static ResponseEntity<ApiError> answer(HttpStatus status, String code, String message) {
        log.debug("answering {}: {}", status.value(), message);
        return ResponseEntity.status(status).body(ApiError.of(status.value(), code, message));
    }
}
