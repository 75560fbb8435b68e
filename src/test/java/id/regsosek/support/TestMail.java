package id.regsosek.support;

import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;

/**
 * The GreenMail SMTP server of the tests. Its port comes from the checkout's path, so two checkouts' suites running
 * on one machine at the same time do not fight over one port (GreenMail's default test port is fixed).
 */
public final class TestMail {

    public static final int PORT = 20000 + Math.floorMod(Path.of("").toAbsolutePath().toString().hashCode(), 10000);
    public static final ServerSetup SMTP = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private TestMail() {
    }
}
