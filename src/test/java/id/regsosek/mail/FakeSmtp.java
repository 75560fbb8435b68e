package id.regsosek.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Misbehaving mail servers on loopback: one that accepts and never answers, one that answers late. */
final class FakeSmtp {

    private FakeSmtp() {
    }

    /** A loopback port nobody listens on (the server is down). */
    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Accepts every connection and never says a word (a hung server). */
    static final class Hung implements AutoCloseable {
        final ServerSocket server;
        final AtomicInteger accepted = new AtomicInteger();
        private final List<Socket> held = new CopyOnWriteArrayList<>();

        Hung() throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread t = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        held.add(server.accept());
                        accepted.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "hung-smtp");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket s : held) {
                s.close();
            }
        }
    }

    /** Relays to a real server, but only after {@code delayMillis} from each connection (0: a healthy server). */
    static final class Slow implements AutoCloseable {
        final ServerSocket server;
        volatile long delayMillis;

        Slow(int targetPort, long delayMillis) throws IOException {
            this.delayMillis = delayMillis;
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread t = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        Thread relay = new Thread(() -> relay(client, targetPort), "slow-smtp-relay");
                        relay.setDaemon(true);
                        relay.start();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "slow-smtp");
            t.setDaemon(true);
            t.start();
        }

        private void relay(Socket client, int targetPort) {
            try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
                Thread.sleep(delayMillis);
                Thread back = new Thread(() -> pipe(upstream, client));
                back.setDaemon(true);
                back.start();
                pipe(client, upstream);
                back.join(5000);
            } catch (IOException | InterruptedException e) {
                // the client gave up: nothing to relay
            }
        }

        private static void pipe(Socket from, Socket to) {
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                byte[] buf = new byte[8192];
                for (int n; (n = in.read(buf)) > 0; ) {
                    out.write(buf, 0, n);
                    out.flush();
                }
                to.shutdownOutput();
            } catch (IOException e) {
                // one side closed
            }
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
