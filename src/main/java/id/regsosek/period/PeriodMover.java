package id.regsosek.period;

import id.regsosek.identity.SystemCalls;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a regency's period end (BPS extends the field period when an area falls behind). One row changes and one
 * message reaches the regency's enumeration-period instance, which sets its timer anew: the visits themselves
 * are not touched, however many there are, because they wait for that instance's "period ended" message.
 */
@Service
public class PeriodMover {

    private static final Logger log = LoggerFactory.getLogger(PeriodMover.class);

    private final EnumerationPeriods periods;
    private final PeriodSettings settings;
    private final RuntimeService runtime;
    private final IdentityService identity;

    public PeriodMover(EnumerationPeriods periods, PeriodSettings settings, RuntimeService runtime,
                       IdentityService identity) {
        this.periods = periods;
        this.settings = settings;
        this.runtime = runtime;
        this.identity = identity;
    }

    @Transactional
    public EnumerationPeriod moveEnd(String regency, LocalDate newEnd, String reason, String user) {
        if (newEnd == null) {
            throw new InvalidPeriodException("tanggal akhir baru wajib diisi (end is required (a date, e.g."
                    + " 2022-11-21))");
        }
        if (reason != null && reason.length() > 500) {
            throw new InvalidPeriodException("alasan paling panjang 500 karakter, dikirim " + reason.length()
                    + " (reason is longer than 500 characters)");
        }
        if (reason != null && reason.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r'
                && c != '\t')) {
            throw new InvalidPeriodException("alasan berisi karakter kontrol (reason holds control characters)");
        }
        periods.ensure(regency);
        Map<String, Object> row = periods.lock(regency);
        EnumerationPeriod now = new EnumerationPeriod(regency, ((java.sql.Date) row.get("period_start"))
                .toLocalDate(), ((java.sql.Date) row.get("period_end")).toLocalDate(), (String) row.get("state"));
        if (!EnumerationPeriod.OPEN.equals(now.state())) {
            throw new IllegalStateException("periode pendataan " + regency + " sudah berakhir " + now.end()
                    + " (" + now.state() + "): kunjungan yang terbuka sedang atau sudah ditutup (the enumeration"
                    + " period ended)");
        }
        if (newEnd.isBefore(settings.today())) {
            throw new InvalidPeriodException("tanggal akhir baru " + newEnd + " sudah lewat, hari ini "
                    + settings.today() + " (the new end " + newEnd + " is in the past)");
        }
        if (newEnd.isBefore(now.start())) {
            throw new InvalidPeriodException("tanggal akhir baru " + newEnd + " sebelum awal periode "
                    + now.start() + " (the new end " + newEnd + " is before the period's start " + now.start() + ")");
        }
        if (newEnd.equals(now.end())) {
            return now;
        }
        periods.moveEnd(regency, now.end(), newEnd, user, reason == null || reason.isBlank() ? null : reason.trim());
        long told = SystemCalls.asSystem(identity, () -> runtime.createMessageCorrelation(
                        PeriodProcess.MESSAGE_PERIOD_MOVED).processInstanceBusinessKey(regency).tenantId(regency)
                .correlateAllWithResult().size());
        log.info("period end of {} moved from {} to {} by {} ({} period instance told)", regency, now.end(), newEnd,
                user, told);
        return periods.of(regency);
    }
}
