package oxidation.ingest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import oxidation.events.Source;
import oxidation.events.Topic;
import oxidation.events.Topics;

/**
 * Adds, changes, disables and removes sources by writing the {@code sources} topic, keyed by source id:
 * disabling publishes the source with {@code enabled: false}, removing publishes a tombstone. Every call
 * returns once the broker has acknowledged. Used on start with the sources file, and by the CLI.
 */
public final class SourcePublisher implements AutoCloseable {

    private final Producer<String, Source> producer;
    private final Topic<String, Source> topic;
    private final boolean ownsProducer;

    /** Publishes through a producer the caller owns. */
    public SourcePublisher(Producer<String, Source> producer, Topic<String, Source> topic) {
        this(producer, topic, false);
    }

    private SourcePublisher(Producer<String, Source> producer, Topic<String, Source> topic, boolean owns) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.ownsProducer = owns;
    }

    /** A publisher with its own idempotent producer, closed with it. */
    public static SourcePublisher create(String bootstrapServers, String topicPrefix) {
        Topic<String, Source> topic = Topics.SOURCES.withPrefix(topicPrefix);
        Producer<String, Source> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.CLIENT_ID_CONFIG, "oxidation-sources"),
                topic.keySerde().serializer(), topic.valueSerde().serializer());
        return new SourcePublisher(producer, topic, true);
    }

    /** Adds or replaces sources, in order. */
    public void publish(List<Source> sources) {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (Source source : sources) {
            acks.add(producer.send(new ProducerRecord<>(topic.name(), source.id(), source)));
        }
        await(acks);
    }

    /** Adds or replaces one source. */
    public void publish(Source source) {
        publish(List.of(source));
    }

    /** Stops polling a source but keeps it (and its fetch state) for later. */
    public void disable(Source source) {
        publish(new Source(source.schema(), source.id(), source.url(), source.kind(), source.pollInterval(),
                source.tool(), false));
    }

    /** Removes a source for good: a tombstone for its id. */
    public void remove(String sourceId) {
        await(List.of(producer.send(new ProducerRecord<>(topic.name(), sourceId, null))));
    }

    private void await(List<Future<RecordMetadata>> acks) {
        producer.flush();
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while publishing sources to " + topic, e);
        } catch (ExecutionException e) {
            throw new KafkaException("cannot publish sources to " + topic + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void close() {
        if (ownsProducer) {
            producer.close();
        }
    }
}
