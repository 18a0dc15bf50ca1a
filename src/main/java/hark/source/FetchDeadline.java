package hark.source;

import java.net.HttpURLConnection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A deadline for a whole fetch, redirects and body included. Read timeouts alone never end a server that drips
 * one byte a second, so when the time is up the watchdog disconnects the current connection, which ends any
 * read blocked on it; {@link #expired()} then tells the fetcher why its read failed. Thread-safe.
 */
final class FetchDeadline implements AutoCloseable {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hark-fetch-deadline");
        t.setDaemon(true);
        return t;
    });

    private final long endNanos;
    private volatile HttpURLConnection current;
    private volatile boolean expired;
    private final ScheduledFuture<?> alarm;

    FetchDeadline(long millis) {
        this.endNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        this.alarm = WATCHDOG.schedule(this::expire, millis, TimeUnit.MILLISECONDS);
    }

    /** The connection the watchdog ends when time is up. */
    void watch(HttpURLConnection conn) {
        current = conn;
        if (expired) {
            conn.disconnect();
        }
    }

    /** @return true once the whole fetch has run out of time */
    boolean expired() {
        return expired || System.nanoTime() - endNanos >= 0;
    }

    private void expire() {
        expired = true;
        HttpURLConnection conn = current;
        if (conn != null) {
            conn.disconnect();
        }
    }

    @Override
    public void close() {
        alarm.cancel(false);
    }
}
