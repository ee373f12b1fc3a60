package oxidation.events;

import java.time.Instant;
import java.util.Map;

/**
 * Fetch state and health of one source: a value of the {@code sources.status} topic, keyed by source
 * id. Ingest reads it back when a source moves to it, so polling resumes with the same validators and
 * without republishing entries it has already published.
 *
 * @param healthy false after a failed fetch, until the next success
 * @param lastError the reason of the latest failure, or null
 * @param etag the {@code ETag} of the latest successful response, or null
 * @param lastModified the {@code Last-Modified} of the latest successful response, or null
 * @param seen for each entry published, keyed by article id, a hash of its content
 */
public record SourceStatus(Integer schema, String sourceId, String url, boolean healthy, Instant lastAttempt,
        Instant lastSuccess, Instant lastFailure, String lastError, int consecutiveFailures, Instant nextPoll,
        long entriesSeen, String etag, String lastModified, Map<String, String> seen) {

    public static final int SCHEMA = 1;

    public SourceStatus {
        schema = Fields.schema(schema);
        Fields.requiredText(sourceId, "sourceId");
        if (consecutiveFailures < 0 || entriesSeen < 0) {
            throw new IllegalArgumentException("counters must not be negative");
        }
        seen = Fields.map(seen);
    }
}
