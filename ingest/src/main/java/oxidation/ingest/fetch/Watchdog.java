package oxidation.ingest.fetch;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes a body stream that stalls longer than the read timeout or outlives the deadline, so a blocked
 * read returns. One per body; {@link #expired()} says why it fired.
 */
final class Watchdog implements AutoCloseable {

    private final ScheduledExecutorService timer;
    private final Closeable target;
    private final long readTimeoutNanos;
    private final long deadlineNanos;
    private volatile long lastProgress = System.nanoTime();
    private volatile String expired;
    private ScheduledFuture<?> task;
    private boolean closed;

    Watchdog(ScheduledExecutorService timer, Closeable target, Duration readTimeout, long deadlineNanos) {
        this.timer = timer;
        this.target = target;
        this.readTimeoutNanos = readTimeout.toNanos();
        this.deadlineNanos = deadlineNanos;
        schedule(nextCheck());
    }

    void progress() {
        lastProgress = System.nanoTime();
    }

    /** Why the stream was closed, or null while it was not. */
    String expired() {
        return expired;
    }

    private long nextCheck() {
        return Math.min(deadlineNanos, lastProgress + readTimeoutNanos);
    }

    private synchronized void schedule(long at) {
        if (closed) {
            return;
        }
        task = timer.schedule(this::check, Math.max(0, at - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private void check() {
        long now = System.nanoTime();
        if (now - deadlineNanos >= 0) {
            fire("deadline passed while reading the body");
        } else if (now - lastProgress >= readTimeoutNanos) {
            fire("no data for " + Duration.ofNanos(readTimeoutNanos).toMillis() + " ms while reading the body");
        } else {
            schedule(nextCheck());
        }
    }

    private void fire(String reason) {
        expired = reason;
        try {
            target.close();
        } catch (IOException ignored) {
            // the reader learns of it through expired()
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        task.cancel(false);
    }
}
