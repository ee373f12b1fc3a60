package oxidation.store.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

/**
 * Where the sink's batches spend their time, as the timer {@code oxidation.store.batch.phase} with a {@code phase}
 * tag: {@code rows} (replacing stored versions and inserting the article, tag and release rows), {@code counters}
 * (moving the timeline's counters), {@code events} (source statuses, trend events and consumer positions) and
 * {@code commit}. The rows and counters of an article that had to be retried alone are timed again.
 */
public record SinkPhases(Timer rows, Timer counters, Timer events, Timer commit) {

    /** Phases that record nothing: a composite registry with no registry behind it makes no-op timers. */
    static final SinkPhases NONE = in(new CompositeMeterRegistry());

    /** The phase timers of a registry, registered on first use; the same timers every time after. */
    public static SinkPhases in(MeterRegistry meters) {
        return new SinkPhases(timer(meters, "rows"), timer(meters, "counters"), timer(meters, "events"),
                timer(meters, "commit"));
    }

    private static Timer timer(MeterRegistry meters, String phase) {
        return Timer.builder("oxidation.store.batch.phase").tag("phase", phase)
                .description("time the store's sink spends per batch in a phase").register(meters);
    }
}
