package id.regsosek.mail;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox sender's own thread: not the job executor's (a slow server must not hold engine threads) and not the
 * shared Spring scheduler (it must not delay the dashboard refresh). Every node may run one; leases keep them apart.
 */
public class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxSender sender;
    private final OutboxSettings settings;
    private final boolean enabled;
    private ScheduledExecutorService thread;

    public OutboxWorker(OutboxSender sender, OutboxSettings settings, boolean enabled) {
        this.sender = sender;
        this.settings = settings;
        this.enabled = enabled;
    }

    public void start() {
        if (!enabled) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mail-outbox");
            t.setDaemon(true);
            return t;
        });
        long poll = settings.pollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::round, poll, poll, TimeUnit.MILLISECONDS);
        log.info("mail outbox sender started: every {} ms, lease {}, send deadline {}", poll, settings.lease(),
                settings.sendDeadline());
    }

    private void round() {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next round tries again.
            log.warn("mail outbox round failed: {}", e.toString());
        }
    }

    public void stop() throws InterruptedException {
        if (thread != null) {
            thread.shutdownNow();
            thread.awaitTermination(settings.sendDeadline().toMillis() + 1000, TimeUnit.MILLISECONDS);
        }
    }
}
