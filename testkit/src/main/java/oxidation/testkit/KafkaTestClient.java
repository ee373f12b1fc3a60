package oxidation.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import oxidation.events.Topic;

/** Typed produce and consume helpers on the shared broker. Reads are {@code read_committed}. */
public final class KafkaTestClient implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;

    public KafkaTestClient() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Sends one record and waits for its acknowledgement. */
    public <K, V> RecordMetadata send(Topic<K, V> topic, K key, V value) {
        return sendRaw(topic, key, topic.valueSerde().serializer().serialize(topic.name(), value));
    }

    /** Sends raw value bytes under a typed key, for records the value serde could not write (poison). */
    public <K, V> RecordMetadata sendRaw(Topic<K, V> topic, K key, byte[] value) {
        byte[] keyBytes = key == null ? null : topic.keySerde().serializer().serialize(topic.name(), key);
        try {
            return producer.send(new ProducerRecord<>(topic.name(), keyBytes, value)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("send to " + topic.name() + " failed: " + e.getMessage(), e);
        }
    }

    /** Sends many records without waiting for each, then waits for every acknowledgement. */
    public <K, V> void sendAll(Topic<K, V> topic, List<? extends java.util.Map.Entry<K, V>> records) {
        List<java.util.concurrent.Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        for (var record : records) {
            byte[] key = topic.keySerde().serializer().serialize(topic.name(), record.getKey());
            byte[] value = topic.valueSerde().serializer().serialize(topic.name(), record.getValue());
            acks.add(producer.send(new ProducerRecord<>(topic.name(), key, value)));
        }
        producer.flush();
        for (var ack : acks) {
            try {
                ack.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("send to " + topic.name() + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** Reads exactly {@code n} records from the beginning of the topic, failing when fewer arrive in time. */
    public <K, V> List<ConsumerRecord<K, V>> read(Topic<K, V> topic, int n, Duration timeout) {
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<K, V> consumer = consumer(topic)) {
            while (records.size() < n && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        assertThat(records).as("records read from " + topic.name()).hasSize(n);
        return records;
    }

    /** Reads every record from the beginning until none has arrived for {@code quiet}. */
    public <K, V> List<ConsumerRecord<K, V>> readAll(Topic<K, V> topic, Duration quiet) {
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = consumer(topic)) {
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < quiet.toNanos()) {
                var batch = consumer.poll(Duration.ofMillis(100));
                if (!batch.isEmpty()) {
                    batch.forEach(records::add);
                    quietSince = System.nanoTime();
                }
            }
        }
        return records;
    }

    private static <K, V> KafkaConsumer<K, V> consumer(Topic<K, V> topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        KafkaConsumer<K, V> consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
        consumer.subscribe(List.of(topic.name()));
        return consumer;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
