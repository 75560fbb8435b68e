package id.regsosek.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Remembers, for a short time, that a user's password was checked, with its groups and tenants. A field app sends
 * HTTP Basic with every request; without this each request costs a password check and two identity queries
 * against the engine. Only a salted SHA-256 of the password is kept in memory (salt per process), never the
 * password; failed checks are never remembered, so the engine still counts them and locks accounts. A changed or
 * removed password stops working for the API at the latest after the time set here (default 60 s; 0 turns it off).
 */
@Component
public class VerifiedCredentials {

    private record Entry(byte[] digest, RegsosekUser user, long expiresAt) {
    }

    private final byte[] salt = new byte[32];
    private final long ttlNanos;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public VerifiedCredentials(@Value("${regsosek.security.credential-cache:PT60S}") Duration ttl) {
        new SecureRandom().nextBytes(salt);
        this.ttlNanos = ttl.toNanos();
    }

    public Optional<RegsosekUser> recall(String userId, String password) {
        Entry e = entries.get(userId);
        if (e == null || System.nanoTime() - e.expiresAt() > 0) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(e.digest(), digest(userId, password)) ? Optional.of(e.user()) : Optional.empty();
    }

    public void remember(String userId, String password, RegsosekUser user) {
        if (ttlNanos > 0) {
            entries.put(userId, new Entry(digest(userId, password), user, System.nanoTime() + ttlNanos));
        }
    }

    /** Called when a check fails: a wrong password also ends what was remembered of the right one. */
    public void forget(String userId) {
        entries.remove(userId);
    }

    private byte[] digest(String userId, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update((userId + '\0' + password).getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
