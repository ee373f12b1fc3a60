package oxidation.ingest.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Politeness per host: at most a few requests at once, and their starts a delay apart. Thread-safe. */
final class HostGate {

    private final int maxPerHost;
    private final long delayNanos;
    private final ConcurrentMap<String, Host> hosts = new ConcurrentHashMap<>();

    HostGate(int maxPerHost, Duration politeDelay) {
        this.maxPerHost = maxPerHost;
        this.delayNanos = politeDelay.toNanos();
    }

    /** Waits for a turn at this host; close the permit when the request is done. */
    Permit enter(String host) throws InterruptedException {
        Host h = hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Host(maxPerHost));
        h.slots.acquire();
        try {
            long wait = h.reserveStart(delayNanos);
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        } catch (InterruptedException e) {
            h.slots.release();
            throw e;
        }
        return h.slots::release;
    }

    /** A turn at a host, given back on close. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Host {
        final Semaphore slots;
        private long nextStart = System.nanoTime();

        Host(int slots) {
            this.slots = new Semaphore(slots, true);
        }

        synchronized long reserveStart(long delayNanos) {
            long now = System.nanoTime();
            long start = Math.max(now, nextStart);
            nextStart = start + delayNanos;
            return start - now;
        }
    }
}
