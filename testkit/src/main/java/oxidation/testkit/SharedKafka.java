package oxidation.testkit;

import oxidation.broker.LocalKafka;
import oxidation.broker.LocalKafkaConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The one Kafka broker of a test JVM, started on first use and shared by every integration test: the
 * in-process KRaft broker by default, or an {@code apache/kafka} container when
 * {@code OXIDATION_TEST_CONTAINERS=true}. Tests isolate themselves with {@link TestTopics}.
 */
public final class SharedKafka {

    private static final Logger LOG = LoggerFactory.getLogger(SharedKafka.class);
    private static String bootstrapServers;

    private SharedKafka() {
    }

    /** The shared broker's address, starting it if needed. */
    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            bootstrapServers = TestEnvironment.useContainers() ? startContainer() : startInProcess();
        }
        return bootstrapServers;
    }

    private static String startInProcess() {
        long started = System.nanoTime();
        LocalKafka kafka = LocalKafka.start(LocalKafkaConfig.temporary());
        LOG.info("shared in-process broker on {} started in {} ms", kafka.bootstrapServers(),
                (System.nanoTime() - started) / 1_000_000);
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "shared-kafka-stop"));
        return kafka.bootstrapServers();
    }

    @SuppressWarnings("resource") // stopped by Testcontainers when the JVM ends
    private static String startContainer() {
        KafkaContainer container = new KafkaContainer(TestEnvironment.kafkaImage());
        container.start();
        LOG.info("shared Kafka container {} on {}", TestEnvironment.kafkaImage(), container.getBootstrapServers());
        return container.getBootstrapServers();
    }
}
