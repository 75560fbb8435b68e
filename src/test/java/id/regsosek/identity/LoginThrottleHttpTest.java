package id.regsosek.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.regsosek.support.AppTest;
import id.regsosek.support.Http;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Over HTTP: wrong passwords for an account soon make further tries wait (429 with Retry-After, not heard, so
 * not even the right password gets in meanwhile), and the engine never locks the account for good.
 */
class LoginThrottleHttpTest extends AppTest {

    @Autowired
    RegencyUsers users;
    @Autowired
    IdentityService identity;

    @Test
    void wrongPasswordsSlowTheAccountDownButNeverLockItForGood() {
        String user = "throttle-" + System.nanoTime();
        users.ensure(new RegencyUsers.NewUser(user, "Uji", "Throttle", null, "benar-sekali", Groups.PPL, "32.16"));
        Http wrong = new Http("http://localhost:" + port, user, "salah");
        for (int i = 0; i < 3; i++) {
            assertThat(wrong.get("/api/visits/tasks").statusCode()).as("wrong password %d", i + 1).isEqualTo(401);
        }
        HttpResponse<String> slowed = wrong.get("/api/visits/tasks");
        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(slowed.headers().firstValue("Retry-After")).isPresent();
        assertThat(slowed.body()).contains("coba lagi dalam");
        assertThat(new Http("http://localhost:" + port, user, "benar-sekali").get("/api/visits/tasks").statusCode())
                .as("the right password waits too").isEqualTo(429);
        // The engine's own counter (ten failures lock an account until an administrator frees it) is off.
        for (int i = 0; i < 12; i++) {
            assertThat(identity.checkPassword(user, "salah")).isFalse();
        }
        assertThat(identity.checkPassword(user, "benar-sekali")).as("not locked by the engine").isTrue();
    }
}
