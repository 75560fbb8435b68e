package id.regsosek.identity;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;

/** A login try refused unheard because its account or source failed too often just before. */
/** An account status, so no other authentication provider is asked (it would count the try again). */
public class LoginThrottledException extends AccountStatusException {

    private final transient LoginThrottle.Wait wait;

    public LoginThrottledException(LoginThrottle.Wait wait) {
        super((wait.locked() ? "terlalu banyak percobaan gagal: " + wait.what() + " dikunci sementara"
                : "terlalu banyak percobaan gagal untuk " + wait.what()) + "; coba lagi dalam "
                + seconds(wait.retryAfter()) + " detik");
        this.wait = wait;
    }

    public long retryAfterSeconds() {
        return seconds(wait.retryAfter());
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
