package id.regsosek.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.SocketFactory;

/**
 * The SMTP sockets of one send, closed by a watchdog when the send's deadline passes. Read and write timeouts bound
 * each step, not the whole: a server that answers every line just before the timeout could keep a send going past
 * its lease, and another sender would then send the row again. Closing the socket ends any send in time.
 * Jakarta Mail takes this as the instance in {@code mail.smtp.socketFactory}.
 */
public class DeadlineSockets extends SocketFactory {

    /** Thrown when a send was cut at its deadline. */
    public static class DeadlineExceeded extends IOException {
        public DeadlineExceeded(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Something that sends. */
    public interface Send {
        void run() throws Exception;
    }

    private final ThreadLocal<List<Socket>> current = new ThreadLocal<>();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mail-deadline");
        t.setDaemon(true);
        return t;
    });

    /** Runs {@code send} on this thread; its sockets are closed when {@code deadlineMillis} have passed. */
    public void within(long deadlineMillis, Send send) throws Exception {
        List<Socket> sockets = new CopyOnWriteArrayList<>();
        AtomicBoolean cut = new AtomicBoolean();
        current.set(sockets);
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            cut.set(true);
            sockets.forEach(DeadlineSockets::closeQuietly);
        }, deadlineMillis, TimeUnit.MILLISECONDS);
        try {
            send.run();
        } catch (Exception e) {
            if (cut.get()) {
                throw new DeadlineExceeded("send cut at its deadline of " + deadlineMillis + " ms", e);
            }
            throw e;
        } finally {
            alarm.cancel(false);
            current.remove();
            sockets.forEach(DeadlineSockets::closeQuietly);
        }
    }

    private Socket track(Socket s) {
        List<Socket> sockets = current.get();
        if (sockets != null) {
            sockets.add(s);
        }
        return s;
    }

    @Override
    public Socket createSocket() {
        return track(new Socket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return track(new Socket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return track(new Socket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return track(new Socket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return track(new Socket(address, port, localAddress, localPort));
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing is all we want; a socket already closed is fine
        }
    }

    public void shutdown() {
        watchdog.shutdownNow();
    }
}
