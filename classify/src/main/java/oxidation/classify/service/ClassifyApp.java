package oxidation.classify.service;

import java.time.Duration;
import java.util.Properties;
import oxidation.classify.catalog.Catalog;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The classify service: the {@link ClassifyTopology} run by Kafka Streams with exactly-once processing.
 * Scale out by starting more instances with the same configuration.
 */
public final class ClassifyApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClassifyApp.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final ClassifyConfig config;
    private final Catalog catalog;
    private final KafkaStreams streams;

    private ClassifyApp(ClassifyConfig config, Catalog catalog) {
        this.config = config;
        this.catalog = catalog;
        String applicationId = config.applicationIdFor(catalog.version());
        this.streams = new KafkaStreams(ClassifyTopology.build(catalog, config.topicPrefix()),
                properties(config, applicationId));
    }

    /** The service with the bundled catalog. */
    public static ClassifyApp create(ClassifyConfig config) {
        return create(config, Catalog.bundled());
    }

    /** The service with a given catalog. */
    public static ClassifyApp create(ClassifyConfig config, Catalog catalog) {
        return new ClassifyApp(config, catalog);
    }

    /** Starts processing on Kafka Streams' own threads; returns at once. */
    public void start() {
        LOG.info("classify starting: catalog {}, application id {}, topic prefix '{}'", catalog.version(),
                config.applicationIdFor(catalog.version()), config.topicPrefix());
        streams.start();
    }

    /** The Kafka Streams state, for health checks. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    @Override
    public void close() {
        LOG.info("classify stopping");
        streams.close(CLOSE_TIMEOUT);
    }

    /** The Kafka Streams properties of an application id. */
    static Properties properties(ClassifyConfig config, String applicationId) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.threads());
        if (config.stateDir() != null) {
            props.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        }
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // an instance killed hard holds its partitions until its session ends: 10 s, not 45
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 3_000);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 10);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 128 * 1024);
        // room for a raw article of the largest accepted size plus its tags and evidence
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
                2 * TagProcessor.MAX_VALUE_BYTES);
        return props;
    }
}
