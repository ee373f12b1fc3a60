package oxidation.ingest.worker;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import oxidation.events.InvalidMessageException;
import oxidation.events.JsonCodec;
import oxidation.events.SourceStatus;
import oxidation.events.Topic;
import oxidation.events.Topics;

/** Reads the compacted status topic from its start to its current end: the latest status of every source. */
final class StatusReader {

    private static final Logger LOG = LoggerFactory.getLogger(StatusReader.class);

    private final String bootstrapServers;
    private final Topic<String, SourceStatus> topic;
    private final Duration timeout;

    StatusReader(String bootstrapServers, String prefix, Duration timeout) {
        this.bootstrapServers = bootstrapServers;
        this.topic = Topics.SOURCES_STATUS.withPrefix(prefix);
        this.timeout = timeout;
    }

    /** The latest status per source id; unreadable records are logged and skipped. */
    Map<String, SourceStatus> readAll() {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "oxidation-ingest-status-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), timeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            Map<String, SourceStatus> latest = new HashMap<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!caughtUp(consumer, end)) {
                if (System.nanoTime() - deadline > 0) {
                    throw new KafkaException("could not read " + topic + " to its end within " + timeout);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    apply(latest, record);
                }
            }
            return latest;
        }
    }

    private static boolean caughtUp(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static void apply(Map<String, SourceStatus> latest, ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            latest.remove(record.key());
            return;
        }
        try {
            latest.put(record.key(), JsonCodec.decode(record.value(), SourceStatus.class));
        } catch (InvalidMessageException e) {
            LOG.warn("skipping unreadable status of source {} at {}-{}@{}: {}", record.key(), record.topic(),
                    record.partition(), record.offset(), e.getMessage());
        }
    }
}
