package oxidation.store.sink;

import java.time.Duration;
import java.util.Objects;

/**
 * How the sink reaches Kafka.
 *
 * @param topicPrefix the deployment prefix of every topic, {@code ""} for none
 * @param pollTimeout how long one poll waits for records
 */
public record SinkSettings(String bootstrapServers, String groupId, String topicPrefix, Duration pollTimeout) {

    public SinkSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(groupId, "groupId");
        topicPrefix = topicPrefix == null ? "" : topicPrefix;
        pollTimeout = pollTimeout == null ? Duration.ofMillis(500) : pollTimeout;
    }
}
