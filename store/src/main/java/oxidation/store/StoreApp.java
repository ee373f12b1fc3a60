package oxidation.store;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import oxidation.store.catalog.ToolCatalog;
import oxidation.store.db.Database;
import oxidation.store.http.ApiServer;
import oxidation.store.http.ApiServices;
import oxidation.store.sink.SinkSettings;
import oxidation.store.sink.TaggedSink;
import oxidation.store.trend.SurgeRule;
import oxidation.store.trend.TrendDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole store: database, sink, trend events and HTTP API, built from a {@link StoreConfig}. Open with
 * {@link #create(StoreConfig)}, run with {@link #start()}, stop with {@link #close()}.
 */
public final class StoreApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreApp.class);

    private final StoreConfig config;
    private final ToolCatalog catalog;
    private final Database db;
    private final PrometheusMeterRegistry meters;
    private final Producer<String, byte[]> producer;
    private final TaggedSink sink;
    private ApiServer server;

    private StoreApp(StoreConfig config, ToolCatalog catalog, Database db) {
        this.config = config;
        this.catalog = catalog;
        this.db = db;
        this.meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        this.producer = new KafkaProducer<>(producerProperties(config), new StringSerializer(),
                new ByteArraySerializer());
        this.sink = new TaggedSink(new SinkSettings(config.bootstrapServers(), config.groupId(), config.topicPrefix(),
                Duration.ofMillis(500)), db, new TrendDetector(catalog, SurgeRule.DEFAULT), producer, meters,
                Clock.systemUTC());
    }

    /** A store with the classifier's bundled catalog; opens and migrates the database. */
    public static StoreApp create(StoreConfig config) {
        return create(config, ToolCatalog.bundled());
    }

    /** A store with this catalog; opens and migrates the database. */
    public static StoreApp create(StoreConfig config, ToolCatalog catalog) {
        Database db = Database.open(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword());
        try {
            return new StoreApp(config, catalog, db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static Properties producerProperties(StoreConfig config) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "oxidation-store-producer");
        return p;
    }

    /** Starts the sink and the HTTP server. */
    public StoreApp start() {
        sink.start();
        server = ApiServer.start(config.httpPort(), new ApiServices(db, catalog, meters, sink::running,
                Clock.systemUTC()));
        LOG.info("store started: {}", config);
        return this;
    }

    /** The port the HTTP server listens on; valid after {@link #start()}. */
    public int httpPort() {
        if (server == null) {
            throw new IllegalStateException("the store is not started");
        }
        return server.port();
    }

    public Database database() {
        return db;
    }

    /** The meters that {@code /metrics} shows. */
    public MeterRegistry meters() {
        return meters;
    }

    @Override
    public void close() {
        if (server != null) {
            closeQuietly("HTTP server", server);
        }
        closeQuietly("sink", sink);
        closeQuietly("producer", producer::close);
        closeQuietly("database", db);
        meters.close();
        LOG.info("store stopped");
    }

    private static void closeQuietly(String what, AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            LOG.warn("closing the store's {} failed", what, e);
        }
    }
}
