package oxidation.launcher.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The Kafka ceiling of a stage: a plain consume-then-produce relay that copies records from one topic to
 * another, one transaction per poll with the consumed offsets in it (what exactly-once costs), with the
 * classifier's producer settings (lz4, linger 10 ms, 128 KiB batches). And the counter that times how fast
 * records arrive on a topic, used for both the relay and the stage it is the ceiling of.
 */
final class Relay {

    private Relay() {
    }

    /** Starts the relay on its own thread; stop it with the returned flag. */
    static AtomicBoolean start(String bootstrap, String from, String to) {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread thread = new Thread(() -> relay(bootstrap, from, to, running), "bench-relay");
        thread.setDaemon(true);
        thread.start();
        return running;
    }

    private static void relay(String bootstrap, String from, String to, AtomicBoolean running) {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-relay-" + UUID.randomUUID());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "bench-relay-" + UUID.randomUUID());
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
        try (var consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
                var producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            consumer.subscribe(List.of(from));
            while (running.get()) {
                var records = consumer.poll(Duration.ofMillis(100));
                if (records.isEmpty()) {
                    continue;
                }
                producer.beginTransaction();
                Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    producer.send(new ProducerRecord<>(to, r.key(), r.value()));
                    offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                }
                producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
                producer.commitTransaction();
            }
        }
    }

    /**
     * Reads {@code topic} (committed records only) until {@code count} records have arrived and returns their
     * rate: records after the first poll over the time from the first poll to the last.
     */
    static double arrivalRate(String bootstrap, String topic, int count, Duration timeout) {
        return arrivalRate(bootstrap, topic, 0, count, timeout);
    }

    /**
     * The steady rate of a stage: reads {@code topic} (committed records only) until {@code warmup + count}
     * records have arrived, and returns the rate of the last {@code count}, timed from the poll that
     * completed the warm-up (or from the first poll when there is none) to the last, so JIT compilation and
     * the first rebalance stay out of the figure.
     */
    static double arrivalRate(String bootstrap, String topic, int warmup, int count, Duration timeout) {
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-count-" + UUID.randomUUID());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        long total = (long) warmup + count;
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        try (var consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long seen = 0;
            long timedFrom = 0;
            long seenAtStart = 0;
            while (seen < total) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(topic + ": " + seen + " of " + total + " records within " + timeout);
                }
                int n = consumer.poll(Duration.ofMillis(50)).count();
                seen += n;
                if (n > 0 && timedFrom == 0 && seen >= Math.max(1, warmup)) {
                    timedFrom = System.nanoTime();
                    seenAtStart = seen;
                }
            }
            long elapsed = System.nanoTime() - timedFrom;
            if (seen == seenAtStart || elapsed <= 0) {
                return seen / Stats.seconds(started); // everything in one poll: tiny runs only
            }
            return (seen - seenAtStart) / (elapsed / 1e9);
        }
    }
}
