package id.regsosek.imports;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The HTTP answer to an import, the same for every import: 200 done, 422 rejected with its problems, 409 refused at
 * this moment (the state changed since the request was let in), else 500.
 */
public final class ImportAnswers {

    private ImportAnswers() {
    }

    public static ResponseEntity<ImportReport> of(ImportReport report) {
        HttpStatus status = switch (report.state()) {
            case "DONE" -> HttpStatus.OK;
            case "REJECTED" -> HttpStatus.UNPROCESSABLE_ENTITY;
            case "REFUSED" -> HttpStatus.CONFLICT;
            default -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
        return ResponseEntity.status(status).body(report);
    }
}
