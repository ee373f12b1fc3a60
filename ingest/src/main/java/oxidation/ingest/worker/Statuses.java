package oxidation.ingest.worker;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import oxidation.events.Source;
import oxidation.events.SourceStatus;
import oxidation.ingest.fetch.Validators;

/** How a source's status moves on each poll: what it becomes after a success or a failure. */
final class Statuses {

    /** The longest a cache header or feed TTL can push the next poll out. */
    static final Duration LONGEST_WAIT = Duration.ofHours(24);

    private Statuses() {
    }

    /** The status of a source never polled: healthy, due now. */
    static SourceStatus fresh(Source source) {
        return new SourceStatus(SourceStatus.SCHEMA, source.id(), source.url(), true, null, null, null, null, 0, null,
                0, null, null, Map.of());
    }

    /** A restored status for a source whose URL may have changed: validators of another URL are dropped. */
    static SourceStatus forSource(SourceStatus restored, Source source) {
        if (restored == null) {
            return fresh(source);
        }
        if (source.url().equals(restored.url())) {
            return restored;
        }
        return new SourceStatus(restored.schema(), restored.sourceId(), source.url(), restored.healthy(),
                restored.lastAttempt(), restored.lastSuccess(), restored.lastFailure(), restored.lastError(),
                restored.consecutiveFailures(), null, restored.entriesSeen(), null, null, restored.seen());
    }

    /** After a successful poll (new body or not modified). */
    static SourceStatus succeeded(SourceStatus previous, Source source, Instant now, Validators validators,
            Map<String, String> seen, Instant nextPoll) {
        return new SourceStatus(SourceStatus.SCHEMA, source.id(), source.url(), true, now, now,
                previous.lastFailure(), previous.lastError(), 0, nextPoll, seen.size(), validators.etag(),
                validators.lastModified(), seen);
    }

    /** After a failed poll: unhealthy with the reason, validators and seen entries kept. */
    static SourceStatus failed(SourceStatus previous, Source source, Instant now, String reason, Instant nextPoll) {
        return new SourceStatus(SourceStatus.SCHEMA, source.id(), source.url(), false, now, previous.lastSuccess(),
                now, reason, previous.consecutiveFailures() + 1, nextPoll, previous.entriesSeen(), previous.etag(),
                previous.lastModified(), previous.seen());
    }

    /**
     * When to poll after a success: the poll interval, or later when the server's {@code max-age} or the
     * feed's TTL asks for it, but never more than {@link #LONGEST_WAIT} out.
     */
    static Instant nextAfterSuccess(Instant now, Duration interval, Duration maxAge, Duration ttl) {
        Duration wait = interval;
        for (Duration asked : new Duration[] {maxAge, ttl}) {
            if (asked != null) {
                Duration capped = asked.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : asked;
                wait = capped.compareTo(wait) > 0 ? capped : wait;
            }
        }
        return now.plus(wait);
    }

    /** The same status, due again at another time (after a poll that could not be recorded). */
    static SourceStatus dueAt(SourceStatus s, Instant nextPoll) {
        return new SourceStatus(s.schema(), s.sourceId(), s.url(), s.healthy(), s.lastAttempt(), s.lastSuccess(),
                s.lastFailure(), s.lastError(), s.consecutiveFailures(), nextPoll, s.entriesSeen(), s.etag(),
                s.lastModified(), s.seen());
    }

    /** True when the change from one status to the next is worth a log line: health or reason changed. */
    static boolean changed(SourceStatus before, SourceStatus after) {
        return before.healthy() != after.healthy()
                || (!after.healthy() && !Objects.equals(before.lastError(), after.lastError()));
    }
}
