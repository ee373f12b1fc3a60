package oxidation.launcher.up;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import oxidation.broker.LocalKafka;
import oxidation.broker.LocalKafkaConfig;
import oxidation.classify.service.ClassifyApp;
import oxidation.classify.service.ClassifyConfig;
import oxidation.events.TopicSetup;
import oxidation.events.Topics;
import oxidation.ingest.IngestApp;
import oxidation.ingest.IngestConfig;
import oxidation.launcher.sources.DefaultSources;
import oxidation.store.StoreApp;
import oxidation.store.StoreConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline in one JVM: a real Kafka broker with its data under the data directory, the H2
 * store with its HTTP API, the classifier and the ingest workers, each configured exactly as its own
 * container would be, through the same environment names.
 */
public final class OneMachine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OneMachine.class);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private LocalKafka kafka;
    private StoreApp store;

    private OneMachine() {
    }

    /** Starts everything and returns once the API answers; on failure stops what had started. */
    public static OneMachine start(OneMachineConfig config, Map<String, String> environment) {
        OneMachine machine = new OneMachine();
        try {
            machine.startAll(config, environment);
            return machine;
        } catch (RuntimeException | IOException e) {
            machine.close();
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    private void startAll(OneMachineConfig config, Map<String, String> environment) throws IOException {
        Path data = config.dataDir().toAbsolutePath();
        Files.createDirectories(data);
        kafka = LocalKafka.start(LocalKafkaConfig.persistent(config.kafkaPort(), data.resolve("kafka")));
        started.push(kafka);
        TopicSetup.ensure(kafka.bootstrapServers(), Topics.withPrefix(environment.getOrDefault(
                "OXIDATION_TOPIC_PREFIX", "")), 1, (short) 1);

        Map<String, String> env = new HashMap<>(environment);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.putIfAbsent("STORE_JDBC_URL", "jdbc:h2:file:" + data.resolve("store").resolve("timeline")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        env.put("STORE_HTTP_PORT", String.valueOf(config.httpPort()));
        env.putIfAbsent("CLASSIFY_STATE_DIR", data.resolve("classify").toString());
        if (config.demo()) {
            DemoSources demo = DemoSources.start();
            started.push(demo);
            env.put("INGEST_SOURCES_FILE", demo.writeSourcesFile(data).toString());
            env.merge("INGEST_ALLOW_HOSTS", "127.0.0.1", (a, b) -> a + "," + b);
        } else if (config.sourcesFile() != null) {
            env.put("INGEST_SOURCES_FILE", config.sourcesFile().toAbsolutePath().toString());
        } else {
            int seeded = DefaultSources.seedIfEmpty(kafka.bootstrapServers(), env.getOrDefault("OXIDATION_TOPIC_PREFIX", ""));
            if (seeded > 0) {
                LOG.info("following the {} bundled default sources", seeded);
            }
        }

        store = StoreApp.create(StoreConfig.fromEnv(env));
        started.push(store);
        store.start();
        ClassifyApp classify = ClassifyApp.create(ClassifyConfig.fromEnv(env));
        started.push(classify);
        classify.start();
        IngestApp ingest = IngestApp.create(IngestConfig.fromEnv(env));
        started.push(ingest);
        ingest.start();
    }

    /** The broker's address. */
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The port of the store's HTTP API and page. */
    public int httpPort() {
        return store.httpPort();
    }

    /** Stops every part in the reverse order of starting; a part that fails to stop does not stop the others. */
    @Override
    public void close() {
        while (!started.isEmpty()) {
            AutoCloseable part = started.pop();
            try {
                part.close();
            } catch (Exception e) {
                LOG.error("{} did not stop cleanly", part.getClass().getSimpleName(), e);
            }
        }
    }
}
