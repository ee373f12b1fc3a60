package oxidation.events;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic with its name, key and value serdes and cleanup policy: the one typed handle every
 * producer, consumer and test uses.
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, Cleanup cleanup) {

    /** How the broker keeps a topic's records. */
    public enum Cleanup {
        /** Keep the newest record per key. */
        COMPACT,
        /** Keep records for the retention time. */
        DELETE;

        /** The value of the broker's {@code cleanup.policy} setting. */
        public String policy() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
        Objects.requireNonNull(cleanup, "cleanup");
        if (!name.matches("[a-zA-Z0-9._-]{1,249}")) {
            throw new IllegalArgumentException("not a valid Kafka topic name: '" + name + "'");
        }
    }

    /** The same topic under a deployment prefix, for several deployments on one cluster. */
    public Topic<K, V> withPrefix(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return this;
        }
        return new Topic<>(prefix + name, keySerde, valueSerde, cleanup);
    }

    @Override
    public String toString() {
        return name;
    }
}
