package id.regsosek.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.regsosek.period.EnumerationPeriod;
import id.regsosek.period.EnumerationPeriods;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When a reported visit may have happened. While the period is open or closing, only within it; once it is closed
 * every visit still open is a re-verification (a forum's correction, a reopening after the close-out): it happens
 * after the period, so a time after its end (not in the future) is what the PPL truthfully reports.
 */
class VisitTimesTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    private static final LocalDate TODAY = LocalDate.now(ZONE);

    @Test
    void anOpenPeriodTakesOnlyTimesWithinIt() {
        VisitTimes times = times(EnumerationPeriod.OPEN);
        assertThat(problems(times, TODAY.minusDays(15).atTime(10, 0))).isEmpty();
        assertThat(problems(times, TODAY.minusDays(2).atTime(10, 0))).singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("di luar periode pendataan"));
    }

    @Test
    void aClosedPeriodTakesReverificationVisitsAfterItsEndButNotBeforeItsStartNorInTheFuture() {
        VisitTimes times = times(EnumerationPeriod.CLOSED);
        assertThat(problems(times, TODAY.minusDays(2).atTime(10, 0))).isEmpty();
        assertThat(problems(times, TODAY.minusDays(40).atTime(10, 0))).hasSize(1);
        assertThat(problems(times, null, Instant.now().plus(Duration.ofHours(2)))).hasSize(1);
    }

    private static VisitTimes times(String state) {
        EnumerationPeriods periods = mock(EnumerationPeriods.class);
        when(periods.of("32.16")).thenReturn(new EnumerationPeriod("32.16", TODAY.minusDays(20), TODAY.minusDays(10),
                state));
        return new VisitTimes(periods, new VisitSettings(4, ZONE.getId(), 500, 15), Duration.ofMinutes(10));
    }

    private static List<FieldProblem> problems(VisitTimes times, java.time.LocalDateTime local) {
        return problems(times, local, null);
    }

    private static List<FieldProblem> problems(VisitTimes times, java.time.LocalDateTime local, Instant at) {
        List<FieldProblem> problems = new ArrayList<>();
        times.visited("attemptedAt", at != null ? at : local.atZone(ZONE).toInstant(), "32.16", problems);
        return problems;
    }
}
