package id.regsosek.period;

import id.regsosek.common.ApiError;
import id.regsosek.identity.CurrentUser;
import id.regsosek.identity.Groups;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The regency's enumeration period: anyone of the regency reads it; its regency admin moves the end, and every
 * open visit of the regency follows (they close when the regency's enumeration-period instance says so).
 */
@RestController
@RequestMapping("/api/period")
public class PeriodController {

    public record Move(LocalDate end, String reason) {
    }

    public record PeriodView(String regency, LocalDate start, LocalDate end, Instant endsAt, String state,
                             List<Map<String, Object>> moves) {
    }

    private final EnumerationPeriods periods;
    private final PeriodMover mover;
    private final PeriodSettings settings;

    public PeriodController(EnumerationPeriods periods, PeriodMover mover, PeriodSettings settings) {
        this.periods = periods;
        this.mover = mover;
        this.settings = settings;
    }

    @GetMapping
    public PeriodView own() {
        return view(periods.of(CurrentUser.regency()));
    }

    @PutMapping("/{regency}/end")
    public PeriodView moveEnd(@PathVariable String regency, @RequestBody Move move) {
        var user = CurrentUser.requireGroup(Groups.REGENCY_ADMIN);
        CurrentUser.requireOwnRegency(regency);
        return view(mover.moveEnd(regency, move.end(), move.reason(), user.userId()));
    }

    @ExceptionHandler(InvalidPeriodException.class)
    ResponseEntity<ApiError> invalid(InvalidPeriodException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(ApiError.of(422, "invalid-period", e.getMessage()));
    }

    private PeriodView view(EnumerationPeriod p) {
        return new PeriodView(p.regency(), p.start(), p.end(), settings.endMoment(p.end()).toInstant(), p.state(),
                periods.moves(p.regency()));
    }
}
