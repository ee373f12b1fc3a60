package oxidation.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import oxidation.events.TopicSetup;
import oxidation.events.Topics;

class LocalKafkaIT {

    private static final int RECORDS = 10_000;

    @TempDir
    Path data;

    @Test
    void keepsEveryRecordExactlyOnceAcrossARestartOnTheSameData() throws Exception {
        long launched = System.nanoTime();
        try (LocalKafka kafka = LocalKafka.start(LocalKafkaConfig.persistent(0, data))) {
            String topic = "proof-" + UUID.randomUUID();
            TopicSetup.ensure(kafka.bootstrapServers(), List.of(Topics.ARTICLES_RAW.withPrefix(topic + ".")), 3,
                    (short) 1);
            String name = topic + ".articles.raw";
            produce(kafka.bootstrapServers(), name);
            System.out.printf("broker: launch to %,d acknowledged records: %d ms%n", RECORDS,
                    (System.nanoTime() - launched) / 1_000_000);

            assertExactlyOnce(consumeAll(kafka.bootstrapServers(), name, "group-" + topic));

            kafka.restart();

            assertExactlyOnce(consumeAll(kafka.bootstrapServers(), name, "again-" + topic));
        }
        assertThat(Files.exists(data.resolve("kraft"))).as("persistent data is kept after close").isTrue();
    }

    @Test
    void startsQuicklyAndCreatesTopicsWithTheirCleanupPolicies() throws Exception {
        long launched = System.nanoTime();
        try (LocalKafka kafka = LocalKafka.start(LocalKafkaConfig.temporary())) {
            String prefix = "p" + UUID.randomUUID().toString().substring(0, 6) + ".";
            Set<String> created = TopicSetup.ensure(kafka.bootstrapServers(), Topics.withPrefix(prefix), 1, (short) 1);
            long readyMs = (System.nanoTime() - launched) / 1_000_000;
            System.out.printf("broker: launch to topics created: %d ms%n", readyMs);

            assertThat(created).hasSize(Topics.ALL.size());
            assertThat(TopicSetup.ensure(kafka.bootstrapServers(), Topics.withPrefix(prefix), 1, (short) 1))
                    .as("a second call creates nothing").isEmpty();
            assertThat(cleanupPolicy(kafka, prefix + "articles.raw")).isEqualTo("compact");
            assertThat(cleanupPolicy(kafka, prefix + "sources")).isEqualTo("compact");
            assertThat(cleanupPolicy(kafka, prefix + "trend.events")).isEqualTo("delete");
            assertThat(cleanupPolicy(kafka, prefix + "articles.raw.dlq")).isEqualTo("delete");
        }
    }

    private static String cleanupPolicy(LocalKafka kafka, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            ConfigEntry entry = admin.describeConfigs(List.of(resource)).all().get().get(resource).get("cleanup.policy");
            return entry.value();
        }
    }

    private static void produce(String bootstrap, String topic) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < RECORDS; i++) {
                producer.send(new ProducerRecord<>(topic, "k" + i, "record " + i));
            }
            producer.flush();
        }
    }

    private static List<String> consumeAll(String bootstrap, String topic, String group) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> values = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (values.size() < RECORDS && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(250)).forEach(r -> values.add(r.value()));
                consumer.commitSync();
            }
            consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
        }
        return values;
    }

    private static void assertExactlyOnce(List<String> values) {
        Set<String> distinct = new HashSet<>(values);
        assertThat(values).as("records read").hasSize(RECORDS);
        assertThat(distinct).as("distinct records").hasSize(RECORDS);
        for (int i = 0; i < RECORDS; i += 997) {
            assertThat(distinct).contains("record " + i);
        }
    }
}
