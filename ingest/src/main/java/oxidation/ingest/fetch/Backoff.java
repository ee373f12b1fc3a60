package oxidation.ingest.fetch;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How long to wait after consecutive failures: doubling from a base up to a cap, with jitter, and never
 * giving up; a server's {@code Retry-After} is honoured when it asks for longer.
 *
 * @param base the wait after the first failure, before jitter
 * @param max the longest wait, before jitter
 */
public record Backoff(Duration base, Duration max) {

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= max, was base " + base + ", max " + max);
        }
    }

    /**
     * The wait after this many consecutive failures (at least 1): {@code min(max, base * 2^(failures-1))}
     * scaled by a random factor in [0.5, 1), but never less than {@code retryAfter}.
     *
     * @param retryAfter what the server asked for, or null
     */
    public Duration delay(int failures, Duration retryAfter, RandomGenerator random) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1, was " + failures);
        }
        long capped = base.toMillis();
        for (int i = 1; i < failures && capped < max.toMillis(); i++) {
            capped *= 2;
        }
        capped = Math.min(capped, max.toMillis());
        long jittered = (long) (capped * (0.5 + random.nextDouble() * 0.5));
        Duration wait = Duration.ofMillis(Math.max(1, jittered));
        return retryAfter != null && retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
    }
}
