package oxidation.ingest.worker;

import java.time.Duration;
import java.util.Objects;
import oxidation.ingest.fetch.Backoff;

/**
 * How an ingest worker runs.
 *
 * @param bootstrapServers the Kafka cluster
 * @param topicPrefix the deployment prefix of every topic, {@code ""} for none
 * @param groupId the consumer group the workers form on the sources topic
 * @param defaultPollInterval how often a source without its own interval is polled
 * @param fetchPages whether entries that carry only a summary get their page fetched and extracted
 * @param maxPagesPerPoll how many pages one poll of a source fetches at most; the rest wait for the next
 * @param backoff how long a failing source waits before its next try
 * @param pollThreads how many sources are polled at once
 */
public record WorkerConfig(String bootstrapServers, String topicPrefix, String groupId, Duration defaultPollInterval,
        boolean fetchPages, int maxPagesPerPoll, Backoff backoff, int pollThreads) {

    public WorkerConfig {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        topicPrefix = topicPrefix == null ? "" : topicPrefix;
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(defaultPollInterval, "defaultPollInterval");
        Objects.requireNonNull(backoff, "backoff");
        if (defaultPollInterval.isNegative() || defaultPollInterval.isZero() || maxPagesPerPoll < 0 || pollThreads < 1) {
            throw new IllegalArgumentException("defaultPollInterval and pollThreads must be positive, "
                    + "maxPagesPerPoll not negative");
        }
    }
}
