package id.regsosek.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing per account and per source address: after a few failures each further try must wait a
 * growing delay, and after many the account (or source) is locked for a cool-down, then released by itself. A
 * stranger who knows a user name can thus delay that user for minutes at most, never lock it for good (the
 * engine's own permanent lock-out is switched off: {@code loginMaxAttempts}). Refused tries are not checked
 * against the password at all, so they cost nothing and teach nothing. Kept in memory per node.
 */
@Component
public class LoginThrottle {

    /** A try came too early; {@link #retryAfter} says when the next one is heard. */
    public record Wait(String what, Duration retryAfter, boolean locked) {
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> sources = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Limits accountLimits;
    private final Limits sourceLimits;
    private final Duration coolDown;

    /** After {@code freeTries} failures each try waits 1 s, doubling up to {@code maxDelay}; locked after lockAt. */
    record Limits(int freeTries, int lockAt, Duration maxDelay) {
    }

    @Autowired
    public LoginThrottle(@Value("${regsosek.security.login.cool-down:PT15M}") Duration coolDown) {
        this(Clock.systemUTC(), new Limits(3, 10, Duration.ofSeconds(60)), new Limits(20, 100,
                Duration.ofSeconds(60)), coolDown);
    }

    LoginThrottle(Clock clock, Limits accountLimits, Limits sourceLimits, Duration coolDown) {
        this.clock = clock;
        this.accountLimits = accountLimits;
        this.sourceLimits = sourceLimits;
        this.coolDown = coolDown;
    }

    /** The wait imposed on a try of this account from this source, or null when it may be checked now. */
    public Wait check(String account, String source) {
        Instant now = clock.instant();
        Wait wait = wait("akun " + account, accounts.get(key(account)), accountLimits, now);
        return wait != null ? wait : wait("alamat " + source, sources.get(source), sourceLimits, now);
    }

    public void failed(String account, String source) {
        Instant now = clock.instant();
        record(accounts, key(account), "account " + account, accountLimits, now);
        if (source != null) {
            record(sources, source, "source " + source, sourceLimits, now);
        }
    }

    public void succeeded(String account) {
        accounts.remove(key(account));
    }

    private Wait wait(String what, Failures f, Limits limits, Instant now) {
        if (f == null) {
            return null;
        }
        if (f.lockedUntil() != null) {
            return now.isBefore(f.lockedUntil()) ? new Wait(what, Duration.between(now, f.lockedUntil()), true) : null;
        }
        Instant next = f.last().plus(delay(f.count(), limits));
        return now.isBefore(next) ? new Wait(what, Duration.between(now, next), false) : null;
    }

    private void record(Map<String, Failures> map, String key, String what, Limits limits, Instant now) {
        if (map.size() > MAX_TRACKED) {
            map.values().removeIf(f -> f.last().plus(coolDown).isBefore(now));
        }
        map.compute(key, (k, f) -> {
            boolean expired = f != null && (f.lockedUntil() != null ? !now.isBefore(f.lockedUntil())
                    : f.last().plus(coolDown).isBefore(now));
            int count = f == null || expired ? 1 : f.count() + 1;
            if (count >= limits.lockAt()) {
                log.warn("{} locked for {} after {} failed logins", what, coolDown, count);
                return new Failures(count, now, now.plus(coolDown));
            }
            return new Failures(count, now, null);
        });
    }

    private static Duration delay(int failures, Limits limits) {
        if (failures < limits.freeTries()) {
            return Duration.ZERO;
        }
        long seconds = 1L << Math.min(20, failures - limits.freeTries());
        return Duration.ofSeconds(Math.min(seconds, limits.maxDelay().toSeconds()));
    }

    private static String key(String account) {
        return account.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
